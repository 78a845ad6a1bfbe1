package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The tree, quadrant (FAST) and merge rules against hand-computed cases. */
class SplitsTest {

  @Test
  void leafSplit_takesTheCutOfGreatestNewtonGain() {
    // G = 3, 3, -2, -2; H = 1 each; l2 0. Parent 2^2/4 = 1. Cut 1: 9 + 1/3 - 1; cut 2:
    // 36/2 + 16/2 - 1 = 25; cut 3: 16/3 + 4 - 1. Then no cut inside [0,2) or [2,4) gains (> 0).
    double[] g = {3, 3, -2, -2};
    double[] h = {1, 1, 1, 1};
    int[] c = {1, 1, 1, 1};
    assertThat(LeafSplit.starts(g, h, c, 4, 3, 1, 0)).containsExactly(0, 2);
    // minSamplesLeaf 3 forbids every cut of four one-row bins.
    assertThat(LeafSplit.starts(g, h, c, 4, 3, 3, 0)).containsExactly(0);
  }

  @Test
  void quadrantSplit_handGrid() {
    // 3 x 2 grid, cell (i, j) at 2i + j. G: (0,0)=2 (0,1)=0 (1,0)=2 (1,1)=0 (2,0)=-1 (2,1)=1;
    // H = 1 and 2 rows per cell; l2 0. Parent 4^2/6 = 8/3.
    // a=1,b=1: 2^2/1 + 0 + 1^2/2 + 1^2/2 - 8/3 = 7/3.  a=2,b=1: 4^2/2 + 0 + 1 + 1 - 8/3 = 22/3.
    double[] g = {2, 0, 2, 0, -1, 1};
    double[] h = {1, 1, 1, 1, 1, 1};
    long[] c = {2, 2, 2, 2, 2, 2};
    QuadrantSplit best = QuadrantSplit.best(g, h, c, 3, 2, 1, 0);
    assertThat(best.a()).isEqualTo(2);
    assertThat(best.b()).isEqualTo(1);
    assertThat(best.gain()).isCloseTo(22.0 / 3, within(1e-12));
    assertThat(best.quadrant(0, 0)).isZero();
    assertThat(best.quadrant(2, 1)).isEqualTo(3);
    // No quadrant of any cut holds 5 rows (the low-low one holds 2 or 4): no split.
    assertThat(QuadrantSplit.best(g, h, c, 3, 2, 5, 0).gain()).isZero();
  }

  @Test
  void fastGain_histogramsRowsIntoTheGrid() {
    // Four rows, one per cell of a 2 x 2 grid, gradients of an XOR: +1 on the diagonal, -1 off.
    // The only cut a=1, b=1: 1 + 1 + 1 + 1 - 0 = 4 (with l2 0 and h = 1).
    short[] first = {0, 0, 1, 1};
    short[] second = {0, 1, 0, 1};
    double[] g = {1, -1, -1, 1};
    double[] h = {1, 1, 1, 1};
    assertThat(Fast.gain(first, second, 2, 2, g, h, 1, 0)).isEqualTo(4.0);
    // With l2 = 1 each quadrant gives 1/2: gain 2.
    assertThat(Fast.gain(first, second, 2, 2, g, h, 1, 1)).isEqualTo(2.0);
  }

  @Test
  void pointsMerge_greedyAgainstTheRunMean() {
    // Run 1: 0; 0.5 joins (|0.5 - 0| <= 1, mean 0.25); 1.2 joins (|1.2 - 0.25| = 0.95, mean
    // 1.7/3); 5 starts run 2; 5.8 joins (mean 5.4).
    double[] merged = PointsMerge.merge(new double[] {0, 0.5, 1.2, 5, 5.8},
        new double[] {1, 1, 1, 1, 1}, 1);
    assertThat(merged).containsExactly(new double[] {1.7 / 3, 1.7 / 3, 1.7 / 3, 5.4, 5.4},
        within(1e-12));
    // Weights: 0 (w 3) and 1 (w 1) -> mean 0.25.
    assertThat(PointsMerge.merge(new double[] {0, 1}, new double[] {3, 1}, 1))
        .containsExactly(0.25, 0.25);
    assertThat(PointsMerge.merge(new double[] {0, 1}, new double[] {3, 1}, 0.5))
        .containsExactly(0, 1);
  }

  @Test
  void whole_roundsHalfAwayFromZero() {
    assertThat(PointsMerge.whole(2.5)).isEqualTo(3);
    assertThat(PointsMerge.whole(-2.5)).isEqualTo(-3);
    assertThat(Double.doubleToRawLongBits(PointsMerge.whole(-0.4))).isZero();
  }
}
