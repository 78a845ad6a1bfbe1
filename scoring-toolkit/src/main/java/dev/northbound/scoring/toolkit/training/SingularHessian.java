package dev.northbound.scoring.toolkit.training;

import java.util.Locale;

/**
 * The logistic fit's Hessian is singular: some slope's column is (numerically) a linear
 * combination of the intercept and the columns before it under the fit's weights, either because
 * the WoE columns are aliased in this sample or because the fit drives some rows' weights to zero
 * (goods and bads separated). {@link #slope()} is the slope with the smallest relative Cholesky
 * pivot {@code d_j / H_jj} (the weighted {@code 1 - R^2} of column j on the ones before it), or -1
 * when the intercept itself is degenerate.
 */
final class SingularHessian extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int slope;
  private final double pivot;
  private final int iteration;

  private SingularHessian(int slope, double pivot, int iteration) {
    super(String.format(Locale.ROOT, "the logistic fit's Hessian is singular at Newton iteration %d"
        + " (relative pivot %.1e of slope %d)", iteration, pivot, slope), null, false, false);
    this.slope = slope;
    this.pivot = pivot;
    this.iteration = iteration;
  }

  /** The index of the slope to drop (0 for the first characteristic), or -1 for the intercept. */
  int slope() {
    return slope;
  }

  /** Its relative pivot. */
  double pivot() {
    return pivot;
  }

  /** The Newton iteration at which the Hessian was singular. */
  int iteration() {
    return iteration;
  }

  /**
   * Finds the weakest direction of a symmetric Hessian (index 0 the intercept) by a Cholesky
   * decomposition in column order that skips columns whose relative pivot is not positive.
   */
  static SingularHessian of(double[][] h, int iteration) {
    int p = h.length;
    double[][] l = new double[p][p];
    int weakest = -1;
    double weakestPivot = Double.POSITIVE_INFINITY;
    for (int j = 0; j < p; j++) {
      double d = h[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      double relative = h[j][j] > 0 && Double.isFinite(h[j][j]) ? d / h[j][j] : 0;
      if (!(relative >= weakestPivot)) { // the first smallest; NaN counts as smallest
        weakestPivot = relative;
        weakest = j;
      }
      if (!(relative > 1e-12)) {
        continue;
      }
      double root = Math.sqrt(d);
      l[j][j] = root;
      for (int i = j + 1; i < p; i++) {
        double v = h[i][j];
        for (int k = 0; k < j; k++) {
          v -= l[i][k] * l[j][k];
        }
        l[i][j] = v / root;
      }
    }
    return new SingularHessian(weakest - 1, weakestPivot, iteration);
  }
}
