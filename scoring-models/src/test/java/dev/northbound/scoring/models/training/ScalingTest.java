package dev.northbound.scoring.models.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScalingTest {

  @Test
  void factorAndOffset_workedExample() {
    // 600 at 50:1, PDO 20: factor = 20 / ln 2 = 28.8539..., offset = 600 - factor ln 50.
    Scaling scaling = Scaling.of(600, 50, 20);
    assertThat(scaling.factor()).isCloseTo(28.85390081777927, within(1e-12));
    assertThat(scaling.offset()).isCloseTo(487.1228762045055, within(1e-9));
    assertThat(scaling.score(Math.log(50))).isCloseTo(600, within(1e-9));
    assertThat(scaling.score(Math.log(100))).isCloseTo(620, within(1e-9));
    assertThat(scaling.score(Math.log(25))).isCloseTo(580, within(1e-9));
  }

  @Test
  void probabilityOfBad_atBaseOdds() {
    // odds 50:1 -> P(bad) = 1 / 51.
    assertThat(Scaling.of(600, 50, 20).probabilityOfBad(600)).isCloseTo(1 / 51.0, within(1e-15));
  }

  @Test
  void of_nonPositivePdo() {
    assertThatThrownBy(() -> Scaling.of(600, 50, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scaling needs finite base points and positive, finite base odds and PDO");
  }
}
