package dev.northbound.scoring.toolkit.training.boosted;

/**
 * Merges adjacent interval bins whose points are close, greedily from left to right: a run starts
 * at the first bin; the next bin joins the run when its points differ from the run's count-weighted
 * mean by at most the tolerance (the mean then takes it in), else it starts a new run. Every bin of
 * a run gets the run's mean. Runs of a monotone sequence are contiguous blocks, so their means are
 * monotone too. Stateless.
 */
final class PointsMerge {

  private PointsMerge() {}

  /**
   * The merged points.
   *
   * @param points the points of the interval bins, in order
   * @param weights their row counts (a run of zero weight takes the plain mean)
   * @param tolerance the largest gap, not negative
   */
  static double[] merge(double[] points, double[] weights, double tolerance) {
    double[] out = new double[points.length];
    int start = 0;
    while (start < points.length) {
      double sum = points[start] * weights[start];
      double weight = weights[start];
      double plain = points[start];
      int end = start + 1;
      while (end < points.length) {
        double mean = weight > 0 ? sum / weight : plain / (end - start);
        if (Math.abs(points[end] - mean) > tolerance) {
          break;
        }
        sum += points[end] * weights[end];
        weight += weights[end];
        plain += points[end];
        end++;
      }
      double mean = weight > 0 ? sum / weight : plain / (end - start);
      for (int b = start; b < end; b++) {
        out[b] = mean;
      }
      start = end;
    }
    return out;
  }

  /**
   * Rounds half away from zero ({@code 2.5 -> 3}, {@code -2.5 -> -3}, {@code -0.4 -> 0}, never
   * {@code -0.0}), as the WoE trainer's integer points.
   */
  static double whole(double x) {
    return new java.math.BigDecimal(x).setScale(0, java.math.RoundingMode.HALF_UP).doubleValue() + 0.0;
  }
}
