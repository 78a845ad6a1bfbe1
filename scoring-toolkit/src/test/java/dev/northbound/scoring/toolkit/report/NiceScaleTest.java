package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

  @Test
  void ticks_unitRangeFraction() {
    // range 0.87 / 5 intervals = 0.174 -> mantissa 1.74 rounds up to 2 -> step 0.2; ceil(0.87/0.2)=5.
    assertThat(NiceScale.ticks(0, 0.87)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
  }

  @Test
  void ticks_exactUnitRange() {
    // 1 / 5 = 0.2 exactly: the step stays 0.2 and no extra tick is added past 1.
    assertThat(NiceScale.ticks(0, 1)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
  }

  @Test
  void ticks_scoreRange() {
    // (761 - 523) / 5 = 47.6 -> mantissa 4.76 -> 5 -> step 50; floor(523/50)=10, ceil(761/50)=16.
    assertThat(NiceScale.ticks(523, 761)).containsExactly(500, 550, 600, 650, 700, 750, 800);
  }

  @Test
  void ticks_mantissaAboveFive() {
    // 0.3 / 5 = 0.06 -> mantissa 6 -> next decade, step 0.1.
    assertThat(NiceScale.ticks(0, 0.3)).containsExactly(0, 0.1, 0.2, 0.3);
  }

  @Test
  void ticks_negativeRange() {
    // 0.75 / 5 = 0.15 -> mantissa 1.5 -> 2 -> step 0.2; floor(-0.3/0.2)=-2, ceil(0.45/0.2)=3.
    assertThat(NiceScale.ticks(-0.3, 0.45)).containsExactly(-0.4, -0.2, 0, 0.2, 0.4, 0.6);
  }

  @Test
  void ticks_degenerateZero() {
    assertThat(NiceScale.ticks(0, 0)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
  }

  @Test
  void ticks_degenerateValue() {
    // [50, 50] widens by 5 either side: 10 / 5 = 2 -> step 2; 44 .. 56.
    assertThat(NiceScale.ticks(50, 50)).containsExactly(44, 46, 48, 50, 52, 54, 56);
  }

  @Test
  void ticks_notFinite() {
    assertThatThrownBy(() -> NiceScale.ticks(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("axis range must be finite with min <= max, found [0.0, NaN]");
  }

  @Test
  void decimals_ofTicks() {
    assertThat(NiceScale.decimals(new double[] {0, 0.2, 1.0})).isEqualTo(1);
    assertThat(NiceScale.decimals(new double[] {0, 0.05})).isEqualTo(2);
    assertThat(NiceScale.decimals(new double[] {500, 550})).isZero();
  }
}
