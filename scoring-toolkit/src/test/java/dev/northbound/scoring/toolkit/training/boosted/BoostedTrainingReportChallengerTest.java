package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.training.Challenger;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The boosted report of seeded synthetic data (no shared data needed) with a challenger that scores
 * one column: the challenger's fold AUCs in the JSON are recomputed here on the same stratified
 * folds, and the page shows both models side by side.
 */
class BoostedTrainingReportChallengerTest {

  /** Risk = the {@code falling} column negated (missing: 0), ignoring the training rows. */
  private static final class Falling implements Challenger {
    @Override
    public String code() {
      return "falling";
    }

    @Override
    public double[] riskOf(Dataset train, Dataset test, long seed) {
      return risk(test);
    }

    static double[] risk(Dataset data) {
      NumericColumn falling = (NumericColumn) data.column("falling").orElseThrow();
      double[] risk = new double[data.rows()];
      for (int r = 0; r < risk.length; r++) {
        risk[r] = falling.isMissing(r) ? 0 : -falling.value(r);
      }
      return risk;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_challengerFoldsAreOnTheSameFolds() {
    Dataset data = SyntheticAdditive.additive(3_000, 7).data();
    BoostingConfig config = BoostingConfig.defaults().withThreads(2).withBags(2)
        .withTraining(TrainingConfig.builder().seed(11).folds(3).challengers(List.of(new Falling())).build());
    BoostedTrainingResult result = BoostedScorecardTrainer.create(config).train(data);
    Map<String, Object> json = BoostedTrainingReport.of(result, result.scorecard(),
        java.time.Instant.EPOCH, Map.of("file", "synthetic.csv"), 0).withTrainingData(data).json();

    // the folds as the trainer draws them: the first long of a SplittableRandom of the seed
    int[] fold = StratifiedSplit.folds(data.bad(), 3, new SplittableRandom(11).nextLong());
    double[] risk = Falling.risk(data);
    List<Double> expected = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int[] rows = StratifiedSplit.rowsOfFold(fold, k, true);
      double[] r = new double[rows.length];
      boolean[] bad = new boolean[rows.length];
      for (int i = 0; i < rows.length; i++) {
        r[i] = risk[rows[i]];
        bad[i] = data.isBad(rows[i]);
      }
      expected.add(Discrimination.auc(r, bad, ScoreOrientation.HIGHER_IS_RISKIER));
    }
    Map<String, Object> challenger = (Map<String, Object>) json.get("challenger");
    assertThat(challenger.get("model")).isEqualTo("falling");
    Map<String, Object> cv = (Map<String, Object>) challenger.get("cv");
    assertThat(((Map<String, Object>) cv.get("auc")).get("folds")).isEqualTo(expected);
    assertThat(((Map<String, Object>) ((Map<String, Object>) json.get("cv")).get("auc")).get("folds"))
        .isEqualTo(result.boostedCv().folds());
    assertThat((List<Object>) json.get("challengers")).hasSize(1);
    assertThat((List<String>) json.get("notes")).noneMatch(n -> n.startsWith("No challenger"));

    Map<String, Object> shapes = (Map<String, Object>) json.get("shapes");
    assertThat(shapes.get("rows")).isEqualTo(3_000L);
    assertThat(shapes.get("bads")).isEqualTo((long) data.badCount());

    String page = BoostedTrainingReport.of(result, result.scorecard(), java.time.Instant.EPOCH,
        Map.of(), 0).html().toHtml();
    assertThat(page).contains("FALLING CV AUC", "Boosted scorecard (mean ");
  }
}
