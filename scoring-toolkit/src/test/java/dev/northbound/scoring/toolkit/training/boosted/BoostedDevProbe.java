package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BoostedDevProbe {
  @Test
  void probe() {
    Dataset g = TabularInputs.derive(SharedData.germanCredit()).featureTable(SharedData.germanCredit());
    Dataset a0 = CsvReader.read(Path.of("/work/shared/datasets/australian-credit/australian.csv"), ReadOptions.of("class", "0"));
    Dataset a = TabularInputs.derive(a0).featureTable(a0);
    double[] lrs = {0.01, 0.02, 0.05};
    int[] leaves = {2, 3};
    int[] msl = {2, 20};
    for (double lr : lrs) for (int lv : leaves) for (int m : msl) {
      BoostingConfig c = BoostingConfig.defaults().withInteractions(0, 16).withLearningRate(lr).withTrees(lv, m, 1e-3);
      var rg = BoostedScorecardTrainer.create(c).run(g, TabularInputs.derive(g).schema());
      var ra = BoostedScorecardTrainer.create(c).run(a, TabularInputs.derive(a).schema());
      System.out.printf("lr %.2f leaves %d msl %d german %.4f aus %.4f rounds %s%n", lr, lv, m, rg.cv().mean(), ra.cv().mean(), rg.full().mainRounds());
    }
  }
}
