package dev.northbound.scoring.models.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {

  @Test
  void factorAndOffset_workedExample() {
    // domain.md section 6: 600 at 50:1, PDO 20 -> factor = 20 / ln 2 = 28.8539, offset = 600 - 28.8539 * ln 50
    // = 600 - 28.8539 * 3.91202 = 487.1229; 100:1 -> 620; 25:1 -> 580.
    Scaling s = Scaling.of(600, 50, 20);
    assertThat(s.factor()).isCloseTo(28.8539, within(1e-4));
    assertThat(s.offset()).isCloseTo(487.1229, within(1e-4));
    assertThat(s.points(100)).isCloseTo(620, within(1e-9));
    assertThat(s.points(25)).isCloseTo(580, within(1e-9));
    assertThat(s.odds(620)).isCloseTo(100, within(1e-9));
    assertThat(s.probabilityOfDefault(620)).isCloseTo(1.0 / 101, within(1e-15));
  }

  @Test
  void scaling_invalid() {
    assertThatThrownBy(() -> Scaling.of(600, 0, 20)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/baseOdds: must be finite and positive; found zero");
    assertThatThrownBy(() -> Scaling.of(Double.NaN, 50, 20)).hasMessage("/basePoints: must be finite; found NaN");
    assertThatThrownBy(() -> Scaling.of(600, 50, -1))
        .hasMessage("/pointsToDoubleOdds: must be finite and positive; found a negative number");
  }

  @Test
  void grades_indexOfAndChecks() {
    RiskGrades g = RiskGrades.of(List.of("A", "B", "C"), List.of(620.0, 580.0));
    assertThat(g.indexOf(620)).isZero();
    assertThat(g.indexOf(619.99)).isEqualTo(1);
    assertThat(g.indexOf(580)).isEqualTo(1);
    assertThat(g.indexOf(-1e9)).isEqualTo(2);
    assertThatThrownBy(() -> RiskGrades.of(List.of("A", "B"), List.of(1.0, 2.0)))
        .hasMessage("/cutoffs: must hold one cutoff fewer than there are labels (1); found 2 cutoffs");
    assertThatThrownBy(() -> RiskGrades.of(List.of("A", "B", "C"), List.of(1.0, 2.0)))
        .hasMessage("/cutoffs/1: must be finite and below the previous cutoff; found a cutoff not below the previous one");
  }
}
