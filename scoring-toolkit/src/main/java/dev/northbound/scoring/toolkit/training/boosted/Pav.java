package dev.northbound.scoring.toolkit.training.boosted;

/**
 * Weighted isotonic regression by pool-adjacent-violators: the non-decreasing (or non-increasing)
 * sequence {@code m} minimising {@code sum_i w_i (v_i - m_i)^2}. Adjacent values that break the
 * order are pooled into their weighted mean until none does. The weighted sum is kept. Stateless.
 */
final class Pav {

  private Pav() {}

  /**
   * The isotonic fit.
   *
   * @param values the values, in order
   * @param weights the positive weights
   * @param increasing true for non-decreasing, false for non-increasing
   * @throws IllegalArgumentException if the lengths differ or a weight is not positive
   */
  static double[] fit(double[] values, double[] weights, boolean increasing) {
    int n = values.length;
    if (weights.length != n) {
      throw new IllegalArgumentException("weights must have " + n + " elements; found "
          + weights.length);
    }
    double sign = increasing ? 1 : -1;
    double[] mean = new double[n];
    double[] weight = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      if (!(weights[i] > 0)) {
        throw new IllegalArgumentException("weights must be positive; found " + weights[i]
            + " at " + i);
      }
      mean[blocks] = sign * values[i];
      weight[blocks] = weights[i];
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        double w = weight[blocks - 2] + weight[blocks - 1];
        mean[blocks - 2] = (mean[blocks - 2] * weight[blocks - 2]
            + mean[blocks - 1] * weight[blocks - 1]) / w;
        weight[blocks - 2] = w;
        size[blocks - 2] += size[blocks - 1];
        blocks--;
      }
    }
    double[] out = new double[n];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      for (int k = 0; k < size[b]; k++) {
        out[at++] = sign * mean[b];
      }
    }
    return out;
  }
}
