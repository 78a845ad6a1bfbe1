package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_RISKIER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BusinessMetricsTest {

  @Test
  void gains_handSampleBestBandFirst() {
    // Bands cut at 600, 650, 700, best first; overall bad rate 4/10:
    // [700,+inf): 1 row, 0 bads -> cum approval .1, cum bad 0, lift 0
    // [650,700): 5 rows, 2 bads -> .4, cum .6, cum bad 2/6, lift 1
    // [600,650): 3 rows, 1 bad  -> 1/3, cum .9, cum bad 3/9, lift 5/6
    // [-inf,600): 1 row, 1 bad  -> 1, cum 1, cum bad .4, lift 2.5
    GainsTable t = BusinessMetrics.gains(SCORES, BAD, HIGHER_IS_BETTER, ScoreBands.of(600, 650, 700));
    assertThat(t.badRate()).isEqualTo(0.4);
    assertThat(t.rows()).containsExactly(
        new GainsRow(ScoreBands.of(600, 650, 700).range(3), 1, 0, 0, 0.1, 0, 0),
        new GainsRow(ScoreBands.of(600, 650, 700).range(2), 5, 2, 0.4, 0.6, 2.0 / 6, 1),
        new GainsRow(ScoreBands.of(600, 650, 700).range(1), 3, 1, 1.0 / 3, 0.9, 3.0 / 9,
            (1.0 / 3) / 0.4),
        new GainsRow(ScoreBands.of(600, 650, 700).range(0), 1, 1, 1, 1, 0.4, 2.5));
  }

  @Test
  void gains_riskierOrientationStartsAtLowestBand() {
    // PDs .1 G, .2 G, .3 B, .4 B cut at .25: the low band [-inf,.25) is best.
    GainsTable t = BusinessMetrics.gains(new double[] {0.1, 0.2, 0.3, 0.4},
        new boolean[] {false, false, true, true}, HIGHER_IS_RISKIER, ScoreBands.of(0.25));
    assertThat(t.rows().get(0).range()).hasToString("[-inf, 0.25)");
    assertThat(t.rows().get(0).cumulativeBadRate()).isEqualTo(0.0);
  }

  @Test
  void atCutoff_handSampleAt650() {
    // Approve score >= 650: 700 G, 680 G, 680 B, 650 G, 650 G, 650 B -> 6 approved, 2 bads among
    // them (FN = 2, TN = 4); declined 620 G, 600 B, 600 G, 580 B -> TP = 2, FP = 2.
    assertThat(BusinessMetrics.atCutoff(SCORES, BAD, HIGHER_IS_BETTER, 650)).isEqualTo(
        new CutoffOutcome(650, 6, 4, 0.6, OptionalDouble.of(2.0 / 6), 2, 2, 4, 2));
  }

  @Test
  void atCutoff_nobodyApproved() {
    assertThat(BusinessMetrics.atCutoff(SCORES, BAD, HIGHER_IS_BETTER, 701)).isEqualTo(
        new CutoffOutcome(701, 0, 10, 0, OptionalDouble.empty(), 4, 6, 0, 0));
  }

  @Test
  void gains_fromMergedHistogramsEqualsWholeSample() {
    ScoreBands bands = ScoreBands.of(600, 650, 700);
    BandCounts merged = BandCounts.of(bands, new double[] {700, 680, 680, 650},
            new boolean[] {false, false, true, false})
        .merge(BandCounts.of(bands, new double[] {650, 650, 620, 600, 600, 580},
            new boolean[] {false, true, false, true, false, true}));
    assertThat(BusinessMetrics.gains(merged, HIGHER_IS_BETTER))
        .isEqualTo(BusinessMetrics.gains(SCORES, BAD, HIGHER_IS_BETTER, bands));
  }
}
