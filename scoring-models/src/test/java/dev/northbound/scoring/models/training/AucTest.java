package dev.northbound.scoring.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AucTest {

  @Test
  void of_handCountedPairs() {
    // bads score 0.35 and 0.8, goods 0.1 and 0.4: 0.35 beats 0.1 only, 0.8 beats both -> 3 / 4.
    assertThat(Auc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
        .isEqualTo(0.75);
  }

  @Test
  void of_tiesCountHalf() {
    // one bad and two goods all tied at 0.5, one good at 0.1: (0.5 + 0.5 + 1) / 3.
    assertThat(Auc.of(new double[] {0.5, 0.5, 0.5, 0.1},
        new boolean[] {true, false, false, false})).isEqualTo(2.0 / 3);
  }
}
