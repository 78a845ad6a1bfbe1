package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeModelTest {

  @Test
  void probability_defaultsOverIndebtedAtZero() {
    // logit = -3.1 + 0.8 = -2.3; 1 / (1 + exp(2.3)) = 1 / (1 + 9.97418245) = 0.0911229610
    assertThat(OutcomeModel.defaults().probability(Segment.OVER_INDEBTED, 0, 0)).isCloseTo(0.0911229610, within(1e-10));
  }

  @Test
  void logit_defaults_handComputed() {
    // -3.1 - 0.6 * 1.0 - 1.1 * (-2.0) + 0.3 = -1.2
    assertThat(OutcomeModel.defaults().logit(Segment.RECENT_GRADUATE, 1.0, -2.0)).isCloseTo(-1.2, within(1e-12));
  }

  @Test
  void constructor_missingSegment_throws() {
    Map<Segment, Double> effects = new EnumMap<>(OutcomeModel.defaults().segmentEffects());
    effects.remove(Segment.RETIREE);
    assertThatThrownBy(() -> new OutcomeModel(-3, -0.5, -1, effects))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segmentEffects has no effect for RETIREE");
  }

  @Test
  void constructor_nonFiniteIntercept_throws() {
    assertThatThrownBy(() -> new OutcomeModel(Double.NaN, -0.5, -1, OutcomeModel.defaults().segmentEffects()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("intercept must be finite, found a non-finite number");
  }

  @Test
  void segmentEffects_areImmutable() {
    assertThatThrownBy(() -> OutcomeModel.defaults().segmentEffects().put(Segment.RETIREE, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
