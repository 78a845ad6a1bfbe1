package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_RISKIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link Discrimination#summarizeCounts}: the hand sample counted by distinct score, ascending
 * (580: 1 B; 600: 1 B 1 G; 620: 1 G; 650: 1 B 2 G; 680: 1 B 1 G; 700: 1 G), gives the summary of
 * the rows themselves, to the last bit.
 */
class DiscriminationCountsTest {

  private static final double[] DISTINCT = {580, 600, 620, 650, 680, 700};
  private static final long[] BADS = {1, 1, 0, 1, 1, 0};
  private static final long[] GOODS = {0, 1, 1, 2, 1, 1};

  @Test
  void summarizeCounts_handSample_equalsRowSummary() {
    DiscriminationSummary s = Discrimination.summarizeCounts(DISTINCT, BADS, GOODS, HIGHER_IS_BETTER);

    // AUC 16 / 24, KS 1/3 at 620, AR 1/3 (DiscriminationTest counts them by hand).
    assertThat(s.auc()).isEqualTo(16.0 / 24);
    assertThat(s.ks().cutoff()).isEqualTo(620);
    assertThat(s.rows()).isEqualTo(10);
    assertThat(s).isEqualTo(Discrimination.summarize(SCORES, BAD, HIGHER_IS_BETTER));
  }

  @Test
  void summarizeCounts_higherIsRiskier_equalsRowSummary() {
    double[] negated = new double[SCORES.length];
    for (int i = 0; i < negated.length; i++) {
      negated[i] = -SCORES[i];
    }
    double[] distinct = {-700, -680, -650, -620, -600, -580};
    long[] bads = {0, 1, 1, 0, 1, 1};
    long[] goods = {1, 1, 2, 1, 1, 0};

    DiscriminationSummary s = Discrimination.summarizeCounts(distinct, bads, goods, HIGHER_IS_RISKIER);

    assertThat(s.auc()).isEqualTo(16.0 / 24);
    assertThat(s).isEqualTo(Discrimination.summarize(negated, BAD, HIGHER_IS_RISKIER));
  }

  @Test
  void summarizeCounts_scoresNotAscending() {
    assertThatThrownBy(() -> Discrimination.summarizeCounts(new double[] {600, 580},
        new long[] {1, 1}, new long[] {1, 1}, HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores must be strictly ascending; index 1 is not");
  }

  @Test
  void summarizeCounts_noGoods() {
    assertThatThrownBy(() -> Discrimination.summarizeCounts(new double[] {580, 600},
        new long[] {1, 2}, new long[] {0, 0}, HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bad: must contain at least one bad and one good; found no goods among 3 rows");
  }
}
