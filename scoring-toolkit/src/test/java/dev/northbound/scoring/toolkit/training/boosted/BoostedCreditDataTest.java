package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.CvAuc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * German credit (credit-g.arff, bad = "bad") and Australian credit (australian.csv, bad = class
 * 0), seed 42, 5 stratified folds, default boosting settings; skipped when the shared data is
 * absent. The WoE trainer reaches a mean CV AUC of about 0.79 on German credit on these folds.
 */
class BoostedCreditDataTest {

  private static Dataset features(Dataset table) {
    return TabularInputs.derive(table).featureTable(table);
  }

  private static Dataset australian() {
    Path file = SharedData.germanCreditArff().getParent().getParent()
        .resolve("australian-credit").resolve("australian.csv");
    assumeTrue(Files.isRegularFile(file), "shared data set " + file + " is absent; skipping");
    return CsvReader.read(file, ReadOptions.of("class", "0"));
  }

  private static CvAuc cv(Dataset data, int interactions) {
    BoostingConfig config = BoostingConfig.defaults().withInteractions(interactions, 16);
    return BoostedScorecardTrainer.create(config)
        .run(data, TabularInputs.derive(data).schema()).cv();
  }

  @Test
  void germanCredit_cvAucInTheWoeTrainersRange() {
    Dataset data = features(SharedData.germanCredit());
    BoostedTrainingResult result = BoostedScorecardTrainer.create(
        BoostingConfig.defaults().withInteractions(0, 16)).train(data);
    CvAuc with = cv(data, 5);
    System.out.printf("German credit boosted CV AUC: %.4f %s; with 5 interactions %.4f %s%n",
        result.boostedCv().mean(), result.boostedCv().folds(), with.mean(), with.folds());
    assertThat(result.boostedCv().mean()).isBetween(0.78, 0.82);
    assertThat(with.mean()).isBetween(0.76, 0.82);
    assertThat(result.trainingAuc()).isBetween(result.boostedCv().mean(), 0.9);
  }

  @Test
  void australianCredit_cvAuc() {
    Dataset data = features(australian());
    CvAuc without = cv(data, 0);
    CvAuc with = cv(data, 5);
    System.out.printf("Australian credit boosted CV AUC: %.4f %s; with 5 interactions %.4f %s%n",
        without.mean(), without.folds(), with.mean(), with.folds());
    assertThat(without.mean()).isBetween(0.91, 0.96);
    assertThat(with.mean()).isBetween(0.90, 0.96);
  }
}
