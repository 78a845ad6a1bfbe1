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
        .hasMessage("/bins/3: must not overlap another interval bin; found bin [0.25, 0.5) overlapping bin [0, 0.3)");
  }

  @Test
  void bins_overlapAtOneClosedEdge() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.openClosed(-INF, 0.3, 1), Bin.closedOpen(0.3, INF, 1)))
        .hasMessage("/bins/2: must not overlap another interval bin; found bin [0.3, +inf) overlapping bin (-inf, 0.3]");
  }

  @Test
  void bins_gap() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 0.3, 1), Bin.closedOpen(0.5, INF, 1)))
        .hasMessage("/bins/2: must start where the interval bin below it ends; found a gap between bins (-inf, 0.3) and [0.5, +inf)");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 0.3, 1),
        Bin.interval(0.3, false, INF, false, 1)))
        .hasMessage("/bins/2: must start where the interval bin below it ends; found a gap between bins (-inf, 0.3) and (0.3, +inf)");
  }

  @Test
  void bins_openEnds() {
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(0, INF, 1)))
        .hasMessage("/bins/1: the lowest interval bin must start at -inf; found a lowest bin [0, +inf)");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.closedOpen(-INF, 1, 1)))
        .hasMessage("/bins/1: the highest interval bin must end at +inf; found a highest bin (-inf, 1)");
    assertThatThrownBy(() -> dti(Bin.missing(0), Bin.special(1, "one", 2)))
        .hasMessage("/bins: must hold interval bins that cover (-inf, +inf); found no interval bin");
  }

  @Test
  void bins_missingBinRequiredOnce() {
    assertThatThrownBy(() -> dti(Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("/bins: must hold exactly one missing bin; found 0 missing bins");
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.missing(2), Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("/bins: must hold exactly one missing bin; found 2 missing bins");
  }

  @Test
  void bins_repeatedExactValue() {
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.special(-1, "none", 1), Bin.special(-1.0, "never", 2),
        Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("/bins/2: must not hold a value another bin holds; found value -1 in both bins none and never");
    assertThatThrownBy(() -> dti(Bin.missing(1), Bin.special(2, "two", 1),
        Bin.categorical("rent", List.of(3.0, 2.0), 2), Bin.closedOpen(-INF, INF, 1)))
        .hasMessage("/bins/2: must not hold a value another bin holds; found value 2 in both bins two and rent");
  }

  @Test
  void bin_invalidValues() {
    assertThatThrownBy(() -> Bin.closedOpen(0, 1, Double.NaN)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/points: must be a finite number of points; found NaN");
    assertThatThrownBy(() -> Bin.interval(Double.NEGATIVE_INFINITY, true, 0, false, 1))
        .hasMessage("/lowerClosed: must be false at an infinite end; found a closed infinite end in [-inf, 0)");
    assertThatThrownBy(() -> Bin.closedOpen(1, 1, 1)).hasMessage("/: an interval bin must not be empty; found the empty interval [1, 1)");
    assertThatThrownBy(() -> Bin.missing(Double.POSITIVE_INFINITY))
        .hasMessage("/points: must be a finite number of points; found +infinity");
    assertThatThrownBy(() -> Bin.categorical("x", List.of(1.0, 1.0), 1))
        .hasMessage("/codes/1: must not repeat a code of the bin; found code 1 again");
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
