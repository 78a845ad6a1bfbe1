package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvaluationAccumulatorTest {

  @Test
  void addAll_growsPastInitialCapacityAndKeepsOrder() {
    // 3,000 rows (past the initial 1,024): score i, bad when i % 3 == 0, pd i / 3000.
    EvaluationAccumulator acc = EvaluationAccumulator.create();
    double[] scores = new double[3000];
    boolean[] bad = new boolean[3000];
    double[] pd = new double[3000];
    for (int i = 0; i < 3000; i++) {
      scores[i] = i;
      bad[i] = i % 3 == 0;
      pd[i] = i / 3000.0;
    }
    acc.addAll(scores, bad, pd);
    assertThat(acc.size()).isEqualTo(3000);
    assertThat(acc.scores()).containsExactly(scores);
    assertThat(acc.bad()).containsExactly(bad);
    assertThat(acc.pd()).containsExactly(pd);
    assertThat(Discrimination.summarize(acc.scores(), acc.bad(), HIGHER_IS_BETTER))
        .isEqualTo(Discrimination.summarize(scores, bad, HIGHER_IS_BETTER));
  }

  @Test
  void add_nanScoreNamesRow() {
    EvaluationAccumulator acc = EvaluationAccumulator.create().add(1, true).add(2, false);
    assertThatThrownBy(() -> acc.add(Double.NaN, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/rows/2/score: must be a finite number; found NaN");
    assertThat(acc.size()).isEqualTo(2);
  }

  @Test
  void add_pdOutOfRange() {
    assertThatThrownBy(() -> EvaluationAccumulator.create().add(1, true, 1.2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/rows/0/pd: must be a probability in [0, 1]; found a number above 1");
  }

  @Test
  void add_mixingRowsWithAndWithoutPd() {
    EvaluationAccumulator acc = EvaluationAccumulator.create().add(1, true, 0.5);
    assertThatThrownBy(() -> acc.add(2, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every row must have a PD or none; row 1 has none and earlier rows had one");
  }

  @Test
  void pd_withoutPd() {
    assertThatThrownBy(() -> EvaluationAccumulator.create().add(1, true).pd())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rows carry no PD");
  }
}
