package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation needs a bad and a good in every held-out fold: with 3 bads among 200 rows and 5
 * folds, two folds held out no bad, and the trainer reported their AUC as NaN (0 / 0) and the CV
 * mean as NaN instead of saying the data cannot be cross-validated that finely.
 */
class ScorecardTrainerFoldsTest {

  private static Dataset rows(int n, int badEvery) {
    double[] x = new double[n];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = i % 20;
      bad[i] = i % badEvery == 0;
    }
    return Dataset.of(List.of(NumericColumn.of("x", x)), bad);
  }

  @Test
  void train_fewerBadsThanFolds_isInvalidInput() {
    // rows 0, 70 and 140 are bad: 3 bads, 197 goods, 5 folds.
    TrainingConfig config = TrainingConfig.builder().challengers(List.of()).build();

    assertThatThrownBy(() -> ScorecardTrainer.create(config).train(rows(200, 70)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bad: must hold at least as many bads and as many goods as cross-validation"
            + " folds (5); found 3 bads and 197 goods");
  }

  @Test
  void train_asManyBadsAsFolds_everyFoldHasAnAuc() {
    // rows 0, 40, 80, 120 and 160 are bad: one per fold.
    TrainingConfig config = TrainingConfig.builder().challengers(List.of()).build();

    TrainingResult r = ScorecardTrainer.create(config).train(rows(200, 40));

    assertThat(r.scorecardCv().folds()).hasSize(5).allMatch(a -> a >= 0 && a <= 1);
  }
}
