package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Weighted pool-adjacent-violators against hand-computed fits. */
class PavTest {

  @Test
  void fit_increasingPoolsTheOneViolatingPair() {
    // 3 > 2 breaks the order: both become (3 + 2) / 2 = 2.5.
    assertThat(Pav.fit(new double[] {1, 3, 2, 4}, new double[] {1, 1, 1, 1}, true))
        .containsExactly(1, 2.5, 2.5, 4);
  }

  @Test
  void fit_weightsPullThePooledMean() {
    // 5 (w 1) > 1 (w 3): pooled (5 + 3) / 4 = 2; then 3 >= 2 stays.
    assertThat(Pav.fit(new double[] {5, 1, 3}, new double[] {1, 3, 1}, true))
        .containsExactly(2, 2, 3);
  }

  @Test
  void fit_decreasingPoolsBackwards() {
    // 1 (w 2) < 3 (w 1): pooled 5/3; then 2 > 5/3: all three pooled (2 + 3 + 2) / 4 = 1.75.
    assertThat(Pav.fit(new double[] {1, 3, 2}, new double[] {2, 1, 1}, false))
        .containsExactly(1.75, 1.75, 1.75);
  }

  @Test
  void fit_cascadingPoolKeepsTheWeightedSum() {
    // 4, 3 -> 3.5 (w 2); 0.5 (w 2) < 3.5 -> (7 + 1) / 4 = 2; 6 stays.
    double[] fit = Pav.fit(new double[] {4, 3, 0.5, 6}, new double[] {1, 1, 2, 1}, true);
    assertThat(fit).containsExactly(new double[] {2, 2, 2, 6}, within(1e-15));
    assertThat(fit[0] + fit[1] + 2 * fit[2] + fit[3]).isEqualTo(4 + 3 + 1 + 6.0);
  }

  @Test
  void fit_monotoneInputIsUnchanged() {
    assertThat(Pav.fit(new double[] {-1, 0, 0, 2}, new double[] {3, 1, 4, 1}, true))
        .containsExactly(-1, 0, 0, 2);
  }

  @Test
  void fit_zeroWeight_isRejected() {
    assertThatThrownBy(() -> Pav.fit(new double[] {1, 2}, new double[] {1, 0}, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must be positive; found 0.0 at 1");
  }
}
