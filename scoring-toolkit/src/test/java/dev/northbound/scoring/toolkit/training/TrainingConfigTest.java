package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.models.scaling.Scaling;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  void builder_defaults() {
    TrainingConfig config = TrainingConfig.builder().build();
    assertThat(config.binning()).isEqualTo(new BinningConstraints(20, Trend.AUTO, 0.05, 1, 1, 6));
    assertThat(config.ivThreshold()).isEqualTo(0.02);
    assertThat(config.correlationThreshold()).isEqualTo(0.7);
    assertThat(config.l2()).isZero();
    assertThat(config.scaling()).isEqualTo(Scaling.of(600, 50, 20));
    assertThat(config.seed()).isEqualTo(42);
    assertThat(config.folds()).isEqualTo(5);
  }

  @Test
  void builder_valueSetTwice() {
    assertThatThrownBy(() -> TrainingConfig.builder().seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class).hasMessage("seed was already set");
  }

  @Test
  void builder_negativeL2() {
    assertThatThrownBy(() -> TrainingConfig.builder().l2(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("l2 is out of range; found -1.0");
  }
}
