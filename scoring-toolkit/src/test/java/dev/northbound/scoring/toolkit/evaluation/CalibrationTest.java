package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.PD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void brierScore_handSample() {
    // (pd - y)²: .0004 .0016 .9216 .0064 .0064 .8464 .0225 .5625 .0625 .36; sum 2.7903 / 10.
    assertThat(Calibration.brierScore(PD, BAD)).isCloseTo(0.27903, within(1e-15));
  }

  @Test
  void logLoss_clipsZeroAtEpsilon() {
    // Two bads with pd 0.5 and 0: -(ln 0.5 + ln 1e-15) / 2 = (0.693147 + 34.538776) / 2.
    assertThat(Calibration.logLoss(new double[] {0.5, 0.0}, new boolean[] {true, true}))
        .isCloseTo(17.615961787735316, within(1e-12));
  }

  @Test
  void logLoss_perfectPredictionsNearZero() {
    // pd 0 for a good and 1 for a bad: each term is -ln(1 - 1e-15), about 1.1e-15.
    assertThat(Calibration.logLoss(new double[] {0.0, 1.0}, new boolean[] {false, true}))
        .isBetween(0.0, 2e-15);
  }

  @Test
  void table_handSampleByBand() {
    // Bands [-inf,650) and [650,+inf): low band 620 G .15, 600 B .25, 600 G .25, 580 B .40:
    // 4 rows, 2 bads, mean pd 1.05 / 4 = .2625. High band: 6 rows, 2 bads, mean pd .34 / 6.
    List<CalibrationRow> rows = Calibration.table(SCORES, BAD, PD, ScoreBands.of(650));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).range()).hasToString("[-inf, 650.0)");
    assertThat(rows.get(0).rows()).isEqualTo(4);
    assertThat(rows.get(0).bads()).isEqualTo(2);
    assertThat(rows.get(0).meanPd()).isCloseTo(0.2625, within(1e-15));
    assertThat(rows.get(0).observedBadRate()).isEqualTo(0.5);
    assertThat(rows.get(1).meanPd()).isCloseTo(0.34 / 6, within(1e-15));
    assertThat(rows.get(1).observedBadRate()).isEqualTo(2.0 / 6);
  }

  @Test
  void hosmerLemeshow_fourGroupsOfTwo() {
    // Groups by pd: {.1,.1} O=0 E=.2; {.2,.2} O=1 E=.4; {.3,.3} O=1 E=.6; {.4,.4} O=2 E=.8.
    // H = .04/(.2*.9) + .36/(.4*.8) + .16/(.6*.7) + 1.44/(.8*.6) = .2222 + 1.125 + .3810 + 3
    //   = 4.728175; df = 4 - 2 = 2; p = exp(-H/2) = 0.094035 (chi-square, 2 df).
    HosmerLemeshow h = Calibration.hosmerLemeshow(
        new double[] {0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4},
        new boolean[] {false, false, false, true, false, true, true, true}, 4);
    assertThat(h.statistic()).isCloseTo(4.728174603174603, within(1e-12));
    assertThat(h.degreesOfFreedom()).isEqualTo(2);
    assertThat(h.pValue()).isCloseTo(Math.exp(-4.728174603174603 / 2), within(1e-12));
    assertThat(h.groups()).extracting(CalibrationRow::bads).containsExactly(0L, 1L, 1L, 2L);
  }

  @Test
  void hosmerLemeshow_tooFewDistinctGroups() {
    assertThatThrownBy(() -> Calibration.hosmerLemeshow(new double[] {0.1, 0.1, 0.2, 0.2},
        new boolean[] {false, true, false, true}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/pd: must form at least 3 distinct Hosmer-Lemeshow groups; found 2 groups");
  }

  @Test
  void hosmerLemeshow_zeroPdGroupWithBad() {
    assertThatThrownBy(() -> Calibration.hosmerLemeshow(new double[] {0, 0, 0.2, 0.2, 0.3, 0.3},
        new boolean[] {true, false, false, true, false, true}, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/pd: must not be all 0 in a group with bads, nor all 1 in a group with goods;"
            + " found such a group of 2 rows");
  }

  @Test
  void brierScore_pdAboveOne() {
    assertThatThrownBy(() -> Calibration.brierScore(new double[] {1.5}, new boolean[] {true}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/pd/0: must be a probability in [0, 1]; found a number above 1");
  }

  @Test
  void logLoss_negativePd() {
    assertThatThrownBy(() -> Calibration.logLoss(new double[] {0.2, -0.1},
        new boolean[] {true, false}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/pd/1: must be a probability in [0, 1]; found a negative number");
  }

  @Test
  void brierScore_mismatchedLengths() {
    assertThatThrownBy(() -> Calibration.brierScore(new double[2], new boolean[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pd and bad must have the same length; found 2 and 5");
  }
}
