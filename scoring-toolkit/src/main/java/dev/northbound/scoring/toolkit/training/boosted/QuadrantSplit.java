package dev.northbound.scoring.toolkit.training.boosted;

/**
 * The best split of an {@code A × B} grid of gradient and Hessian sums into four quadrants by one
 * cut on each axis: rows with first index {@code < a} or {@code >= a}, and second index
 * {@code < b} or {@code >= b}, for {@code a} in {@code 1..A-1} and {@code b} in {@code 1..B-1}.
 * The gain is {@code sum_q G_q^2/(H_q+l2) - G^2/(H+l2)} over the four quadrants {@code q}; every
 * quadrant must hold at least {@code minSamplesLeaf} rows. Ties go to the lower {@code a}, then the
 * lower {@code b}. Stateless.
 *
 * @param gain the Newton gain (0 when no cut is allowed)
 * @param a the cut on the first axis (0 when none)
 * @param b the cut on the second axis (0 when none)
 */
record QuadrantSplit(double gain, int a, int b) {

  /** The best cut of cell sums {@code g, h, c} (cell {@code (i, j)} at {@code i * cols + j}). */
  static QuadrantSplit best(double[] g, double[] h, long[] c, int rows, int cols,
      int minSamplesLeaf, double l2) {
    int w = cols + 1;
    double[] sg = new double[(rows + 1) * w];
    double[] sh = new double[(rows + 1) * w];
    long[] sc = new long[(rows + 1) * w];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int at = (i + 1) * w + j + 1;
        int cell = i * cols + j;
        sg[at] = g[cell] + sg[at - 1] + sg[at - w] - sg[at - w - 1];
        sh[at] = h[cell] + sh[at - 1] + sh[at - w] - sh[at - w - 1];
        sc[at] = c[cell] + sc[at - 1] + sc[at - w] - sc[at - w - 1];
      }
    }
    int all = rows * w + cols;
    double parent = sg[all] * sg[all] / (sh[all] + l2);
    QuadrantSplit best = new QuadrantSplit(0, 0, 0);
    for (int a = 1; a < rows; a++) {
      for (int b = 1; b < cols; b++) {
        int ll = a * w + b;
        int lAll = a * w + cols;
        int allL = rows * w + b;
        long cll = sc[ll];
        long clh = sc[lAll] - cll;
        long chl = sc[allL] - cll;
        long chh = sc[all] - cll - clh - chl;
        if (cll < minSamplesLeaf || clh < minSamplesLeaf || chl < minSamplesLeaf
            || chh < minSamplesLeaf) {
          continue;
        }
        double gll = sg[ll];
        double glh = sg[lAll] - gll;
        double ghl = sg[allL] - gll;
        double ghh = sg[all] - gll - glh - ghl;
        double hll = sh[ll];
        double hlh = sh[lAll] - hll;
        double hhl = sh[allL] - hll;
        double hhh = sh[all] - hll - hlh - hhl;
        double gain = gll * gll / (hll + l2) + glh * glh / (hlh + l2) + ghl * ghl / (hhl + l2)
            + ghh * ghh / (hhh + l2) - parent;
        if (gain > best.gain) {
          best = new QuadrantSplit(gain, a, b);
        }
      }
    }
    return best;
  }

  /** The quadrant (0 low-low, 1 low-high, 2 high-low, 3 high-high) of cell {@code (i, j)}. */
  int quadrant(int i, int j) {
    return (i < a ? 0 : 2) + (j < b ? 0 : 1);
  }
}
