package dev.northbound.scoring.toolkit.training;

import java.util.Arrays;

/** Helpers for the per-row weights of the WoE trainer's inputs. */
final class Weights {

  private Weights() {}

  /** {@code n} weights of 1. */
  static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return ones;
  }

  /**
   * Checks that there is one weight per row, each finite and greater than 0.
   *
   * @throws IllegalArgumentException otherwise
   */
  static void check(boolean[] bad, double[] weights) {
    if (weights.length != bad.length) {
      throw new IllegalArgumentException("the weights have " + weights.length
          + " rows but the target has " + bad.length);
    }
    for (int r = 0; r < weights.length; r++) {
      if (!(Double.isFinite(weights[r]) && weights[r] > 0)) {
        throw new IllegalArgumentException("weight " + r + " must be finite and greater than 0;"
            + " found " + weights[r]);
      }
    }
  }
}
