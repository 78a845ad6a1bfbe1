package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacteristicTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static Characteristic dti(Bin... bins) {
    return Characteristic.of("dti_ratio", "W01", "en", "zh", List.of(bins));
  }

  @Test
  void bins_overlap() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 0, 1), Bin.closedOpen(0, 0.3, 1),
        Bin.closedOpen(0.25, 0.5, 1), Bin.closedOpen(0.5, INF, 1)))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("characteristic dti_ratio: bins [0, 0.3) and [0.25, 0.5) overlap");
  }

  @Test
  void bins_overlapAtOneClosedEdge() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.openClosed(-INF, 0.3, 1), Bin.closedOpen(0.3, INF, 1)))
        .hasMessage("characteristic dti_ratio: bins (-inf, 0.3] and [0.3, +inf) overlap");
  }

  @Test
  void bins_gap() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 0.3, 1), Bin.closedOpen(0.5, INF, 1)))
        .hasMessage("characteristic dti_ratio: bins (-inf, 0.3) and [0.5, +inf) leave a gap");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 0.3, 1),
        Bin.interval(0.3, false, INF, false, 1)))
        .hasMessage("characteristic dti_ratio: bins (-inf, 0.3) and (0.3, +inf) leave a gap");
  }

  @Test
  void bins_openEnds() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(0, INF, 1)))
        .hasMessage("characteristic dti_ratio: no bin holds the values below [0, +inf)");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 1, 1)))
        .hasMessage("characteristic dti_ratio: no bin holds the values above (-inf, 1)");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.special(1, "one", 2)))
        .hasMessage("characteristic dti_ratio: interval bins must cover (-inf, +inf), found none");
  }

  @Test
  void bins_missingBinRequiredOnce() {
    assertThatThrownBy(() -> dti(Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("characteristic dti_ratio: needs exactly one missing bin, found 0");
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.missing(2), Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("characteristic dti_ratio: needs exactly one missing bin, found 2");
  }

  @Test
  void bins_repeatedExactValue() {
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.special(-1, "none", 1), Bin.special(-1.0, "never", 2),
        Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("characteristic dti_ratio: value -1 is in both bins none and never");
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.special(2, "two", 1),
        Bin.categorical("rent", List.of(3.0, 2.0), 2), Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("characteristic dti_ratio: value 2 is in both bins two and rent");
  }

  @Test
  void bin_invalidValues() {
    assertThatThrownBy(() -> Bin.closedOpen(0, 1, Double.NaN)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("interval bin [0, 1): points must be finite, found NaN");
    assertThatThrownBy(() -> Bin.interval(Double.NEGATIVE_INFINITY, true, 0, false, 1))
        .hasMessage("interval bin [-inf, 0): an infinite end must be open");
    assertThatThrownBy(() -> Bin.closedOpen(1, 1, 1)).hasMessage("interval bin [1, 1): is empty");
    assertThatThrownBy(() -> Bin.missing(Double.POSITIVE_INFINITY))
        .hasMessage("missing bin: points must be finite, found +infinity");
    assertThatThrownBy(() -> Bin.categorical("x", List.of(1.0, 1.0), 1))
        .hasMessage("categorical bin x: code 1 repeats");
  }

  @Test
  void bins_labelsAndMinMax() {
    Characteristic c = ScorecardFixtures.delinquency();
    assertThat(c.bins()).extracting(Bin::label)
        .containsExactly("no delinquency", "missing", "(-inf, 12)", "[12, 36)", "[36, +inf)");
    assertThat(c.minPoints()).isZero();
    assertThat(c.maxPoints()).isEqualTo(40);
    assertThat(Bin.interval(0.5, true, 0.5, true, 1).label()).isEqualTo("[0.5, 0.5]");
  }
}
