package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on German credit (credit-g.arff, bad = "bad"), default configuration (no challengers),
 * seed 42, 5 stratified folds. The numbers are quoted in docs/training.md ("Validation on German credit").
 */
class GermanCreditTrainingTest {

  private static final TrainingConfig CONFIG = TrainingConfig.builder().seed(42).build();
  private static Dataset data;
  private static TrainingResult result;

  @BeforeAll
  static void train() {
    data = SharedData.germanCredit();
    result = ScorecardTrainer.create(CONFIG).train(data);
  }

  @Test
  void train_crossValidatedAucAtLeast078() {
    CvAuc cv = result.scorecardCv();
    assertThat(cv.mean()).isGreaterThanOrEqualTo(0.78);
    // pure Java, so exact: the per-fold AUCs of this data, configuration and seed.
    assertThat(cv.folds()).containsExactly(0.835, 0.7910714285714285, 0.7901190476190476,
        0.7917857142857143, 0.7782142857142857);
    assertThat(cv.mean()).isCloseTo(0.7972380952380952, within(1e-12));
  }

  @Test
  void train_withoutChallengers_reportsNone() {
    // Challengers are opt-in (scoring-tribuo's TribuoChallenger); GermanCreditChallengersTest runs them.
    assertThat(result.challengerCv()).isEmpty();
  }

  @Test
  void train_sameSeedGivesAnEqualResult() {
    assertThat(ScorecardTrainer.create(CONFIG).train(data)).isEqualTo(result);
  }

  @Test
  void draft_pointsReproduceTheLogisticProbabilityOnEveryRow() {
    ScorecardDraft draft = result.draft();
    LogisticFit fit = result.fit();
    for (int row = 0; row < data.rows(); row++) {
      double[] x = new double[fit.slopes().size()];
      for (int i = 0; i < x.length; i++) {
        String name = fit.slopes().get(i).name();
        Column column = data.column(name).orElseThrow();
        BinningResult binning = result.binnings().stream()
            .filter(b -> b.characteristic().equals(name)).findFirst().orElseThrow();
        x[i] = binning.bins().get(binning.binOf(column, row)).woe();
      }
      double pd = draft.scaling().probabilityOfDefault(draft.score(data, row));
      assertThat(pd).as("row %d", row).isCloseTo(fit.probabilityOfBad(x), within(1e-9));
    }
  }

  @Test
  void train_selectionAndProvenance() {
    assertThat(result.selection().selected()).containsExactly("checking_status",
        "credit_history", "duration", "savings_status", "credit_amount", "purpose", "age",
        "property_magnitude", "employment", "housing", "other_payment_plans", "personal_status",
        "installment_commitment");
    assertThat(result.selection().dropped()).allMatch(
        d -> d.reason() == SelectionReport.Reason.LOW_IV);
    assertThat(result.draft().selected()).isEqualTo(result.selection().selected());
    assertThat(result.dataFingerprint()).isEqualTo(data.fingerprint());
    // every slope on WoE (ln %good/%bad) is negative on the log-odds of bad.
    assertThat(result.fit().slopes()).allMatch(s -> s.estimate() < 0);
  }

  @Test
  void outOfFold_eachFoldsRowsGiveThatFoldsAuc() {
    // The folds the trainer draws: the first long of a SplittableRandom seeded with the config's seed.
    int[] fold = StratifiedSplit.folds(data.bad(), 5, new java.util.SplittableRandom(42).nextLong());
    double[] scores = result.outOfFold().scores();
    assertThat(scores).hasSize(data.rows());
    for (int k = 0; k < 5; k++) {
      int[] rows = StratifiedSplit.rowsOfFold(fold, k, true);
      double[] s = new double[rows.length];
      boolean[] b = new boolean[rows.length];
      for (int i = 0; i < rows.length; i++) {
        s[i] = scores[rows[i]];
        b[i] = data.isBad(rows[i]);
      }
      assertThat(dev.northbound.scoring.toolkit.evaluation.Discrimination.auc(s, b,
          dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER))
          .isCloseTo(result.scorecardCv().folds().get(k), within(1e-12));
    }
  }
}
