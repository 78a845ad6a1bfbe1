package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_RISKIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DiscriminationTest {

  @Test
  void auc_handSampleWithTies() {
    // Per bad, goods with a higher score + half the goods tied with it:
    // bad 680: 1 (700) + 0.5 (680) = 1.5; bad 650: 2 + 1 = 3; bad 600: 5 + 0.5 = 5.5; bad 580: 6.
    // AUC = 16 / (4 * 6) = 2/3; Gini = 2 * 2/3 - 1 = 1/3.
    assertThat(Discrimination.auc(SCORES, BAD, HIGHER_IS_BETTER)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(Discrimination.gini(SCORES, BAD, HIGHER_IS_BETTER)).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void auc_orientationFlipsTheRanking() {
    // Negated scores read as HIGHER_IS_RISKIER rank exactly as before; read the wrong way round
    // the AUC becomes 1 - 2/3.
    double[] negated = new double[SCORES.length];
    for (int i = 0; i < negated.length; i++) {
      negated[i] = -SCORES[i];
    }
    assertThat(Discrimination.auc(negated, BAD, HIGHER_IS_RISKIER)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(Discrimination.auc(SCORES, BAD, HIGHER_IS_RISKIER)).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void auc_probabilitiesOfBad_handCountedPairs() {
    // The trainer's use (higher is riskier). Bads 0.35 and 0.8, goods 0.1 and 0.4: 0.35 beats
    // 0.1 only, 0.8 beats both -> 3 / 4, exactly.
    assertThat(Discrimination.auc(new double[] {0.1, 0.4, 0.35, 0.8},
        new boolean[] {false, false, true, true}, HIGHER_IS_RISKIER)).isEqualTo(0.75);
  }

  @Test
  void auc_probabilitiesOfBad_tiesCountHalf() {
    // One bad and two goods all tied at 0.5, one good at 0.1: (0.5 + 0.5 + 1) / 3, to the last bit.
    assertThat(Discrimination.auc(new double[] {0.5, 0.5, 0.5, 0.1},
        new boolean[] {true, false, false, false}, HIGHER_IS_RISKIER)).isEqualTo(2.0 / 3);
  }

  @Test
  void ks_peaksAtCutoff620() {
    // Approve if score >= c; gap = |goods approved/6 - bads approved/4|:
    // c=700: 1/6-0 = .167; 680: 2/6-1/4 = .083; 650: 4/6-2/4 = .167; 620: 5/6-2/4 = 1/3;
    // 600: 1-3/4 = .25; 580: 0. KS = 1/3 at 620.
    KsStatistic ks = Discrimination.ks(SCORES, BAD, HIGHER_IS_BETTER);
    assertThat(ks.value()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(ks.cutoff()).isEqualTo(620);
  }

  @Test
  void ks_riskierOrientationApprovesBelowCutoff() {
    // PDs 0.1 G, 0.2 G, 0.3 B, 0.4 B: approving pd < 0.3 takes both goods and no bad: KS = 1.
    KsStatistic ks = Discrimination.ks(new double[] {0.1, 0.2, 0.3, 0.4},
        new boolean[] {false, false, true, true}, HIGHER_IS_RISKIER);
    assertThat(ks.value()).isEqualTo(1.0);
    assertThat(ks.cutoff()).isEqualTo(0.3);
  }

  @Test
  void accuracyRatio_fromCapAreaEqualsGini() {
    // CAP riskiest first, groups 580|600|620|650|680|700: x = .1 .3 .4 .7 .9 1, y = .25 .5 .5 .75 1 1.
    // Area = .0125 + .075 + .05 + .1875 + .175 + .1 = .6; AR = (.6 - .5) / ((1 - .4) / 2) = 1/3.
    assertThat(Discrimination.accuracyRatio(SCORES, BAD, HIGHER_IS_BETTER))
        .isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void cap_handSamplePoints() {
    List<CurvePoint> cap = Discrimination.cap(SCORES, BAD, HIGHER_IS_BETTER, 500);
    assertThat(cap).extracting(CurvePoint::x)
        .containsExactly(0.0, 0.1, 0.3, 0.4, 0.7, 0.9, 1.0);
    assertThat(cap).extracting(CurvePoint::y)
        .containsExactly(0.0, 0.25, 0.5, 0.5, 0.75, 1.0, 1.0);
  }

  @Test
  void roc_thinsToEvenlySpacedPoints() {
    // 7 points thinned to 3 keep indices round(j * 6 / 2) = 0, 3, 6. Point 3 flags 580, 600, 620:
    // bads 2/4, goods 2/6, reached at score 620.
    List<CurvePoint> roc = Discrimination.roc(SCORES, BAD, HIGHER_IS_BETTER, 3);
    assertThat(roc).containsExactly(new CurvePoint(0, 0, OptionalDouble.empty()),
        new CurvePoint(2.0 / 6, 0.5, OptionalDouble.of(620)),
        new CurvePoint(1, 1, OptionalDouble.of(700)));
  }

  @Test
  void delong_handSampleVariance() {
    // Placements of bads (V10): 1.5/6, 3/6, 5.5/6, 6/6; deviations from 2/3 in twelfths: -5 -2 3 4;
    // S10 = (25 + 4 + 9 + 16) / 144 / 3 = 1/8.
    // Placements of goods (V01): 4/4, 3.5/4, 2.5/4, 2.5/4, 2/4, 1.5/4; deviations in 24ths:
    // 8 5 -1 -1 -4 -7; S01 = 156 / 576 / 5 = 13/240. Var = S10/4 + S01/6 = 1/32 + 13/1440 = 29/720.
    DeLongInterval d = Discrimination.delong(SCORES, BAD, HIGHER_IS_BETTER, 0.95);
    assertThat(d.variance()).isCloseTo(29.0 / 720, within(1e-15));
    assertThat(d.standardError()).isCloseTo(Math.sqrt(29.0 / 720), within(1e-15));
    // 2/3 - 1.959964 * 0.200693 = 0.273315; the upper bound 1.0600 is bounded to 1.
    assertThat(d.lower()).isCloseTo(0.2733151, within(1e-7));
    assertThat(d.upper()).isEqualTo(1.0);
  }

  @Test
  void auc_perfectSeparationIsOne() {
    assertThat(Discrimination.summarize(new double[] {1, 2, 3, 4},
        new boolean[] {true, true, false, false}, HIGHER_IS_BETTER))
        .isEqualTo(new DiscriminationSummary(4, 2, 1.0, 1.0, new KsStatistic(1.0, 3), 1.0));
  }

  @Test
  void auc_negativeZeroTiesWithZero() {
    // -0.0 and 0.0 are the same score: one tie group, AUC 1/2.
    assertThat(Discrimination.auc(new double[] {-0.0, 0.0}, new boolean[] {true, false},
        HIGHER_IS_BETTER)).isEqualTo(0.5);
  }

  @Test
  void auc_mismatchedLengths() {
    assertThatThrownBy(() -> Discrimination.auc(new double[3], new boolean[2], HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores and bad must have the same length; found 3 and 2");
  }

  @Test
  void auc_nanScoreNamesRow() {
    assertThatThrownBy(() -> Discrimination.auc(new double[] {1, Double.NaN, 3},
        new boolean[] {true, false, false}, HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/scores/1: must be a finite number; found NaN");
  }

  @Test
  void auc_infiniteScoreNamesRow() {
    assertThatThrownBy(() -> Discrimination.ks(new double[] {1, 2, Double.NEGATIVE_INFINITY},
        new boolean[] {true, false, false}, HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/scores/2: must be a finite number; found an infinite number");
  }

  @Test
  void auc_noBads() {
    assertThatThrownBy(() -> Discrimination.auc(new double[] {1, 2, 3}, new boolean[3],
        HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bad: must contain at least one bad and one good; found no bads among 3 rows");
  }

  @Test
  void auc_noGoods() {
    assertThatThrownBy(() -> Discrimination.gini(new double[] {1, 2},
        new boolean[] {true, true}, HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bad: must contain at least one bad and one good; found no goods among 2 rows");
  }

  @Test
  void auc_empty() {
    assertThatThrownBy(() -> Discrimination.auc(new double[0], new boolean[0], HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/scores: must not be empty; found an empty array");
  }

  @Test
  void roc_tooFewPoints() {
    assertThatThrownBy(() -> Discrimination.roc(SCORES, BAD, HIGHER_IS_BETTER, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPoints must be at least 2; found 1");
  }
}
