package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.List;

/**
 * Merges an interaction's adjacent interval rows, then its adjacent interval columns, whose points
 * are close: {@link PointsMerge}'s greedy rule with a row (column) of cells in place of one bin. A
 * run starts at an interval row; the next interval row joins it when every one of its cells differs
 * from the run's count-weighted mean cell (in that column) by at most the tolerance; every row of a
 * run gets the run's mean row. Missing, special and category rows and columns are never merged.
 * Equal neighbouring rows and columns then become one axis bin of the card, so a tolerance of 1
 * point turns an interaction's hundreds of near-equal cells into a table a reader can take in.
 * Stateless.
 */
final class PairMerge {

  private PairMerge() {}

  /**
   * Merges in place.
   *
   * @param points the cells' points, row-major ({@code rows.size() × columns.size()})
   * @param weights the cells' row counts, row-major
   * @param rows the first axis's bins
   * @param columns the second axis's bins
   * @param tolerance the largest gap, not negative
   */
  static void merge(double[] points, long[] weights, List<Attribute> rows, List<Attribute> columns,
      double tolerance) {
    int n = columns.size();
    mergeAlong(points, weights, rows, n, 1, n, tolerance);
    mergeAlong(points, weights, columns, 1, n, rows.size(), tolerance);
  }

  /**
   * Merges along one axis: line {@code i} of that axis holds cells {@code i * lineStride + k *
   * cellStride} for {@code k < width}.
   */
  private static void mergeAlong(double[] points, long[] weights, List<Attribute> axis, int lineStride,
      int cellStride, int width, double tolerance) {
    int start = 0;
    while (start < axis.size()) {
      if (!(axis.get(start) instanceof Attribute.Interval)) {
        start++;
        continue;
      }
      double[] sum = new double[width];
      double[] weight = new double[width];
      double[] plain = new double[width];
      add(points, weights, start * lineStride, cellStride, sum, weight, plain);
      int end = start + 1;
      while (end < axis.size() && axis.get(end) instanceof Attribute.Interval
          && close(points, end * lineStride, cellStride, sum, weight, plain, end - start, tolerance)) {
        add(points, weights, end * lineStride, cellStride, sum, weight, plain);
        end++;
      }
      for (int line = start; line < end; line++) {
        for (int k = 0; k < width; k++) {
          points[line * lineStride + k * cellStride] = mean(sum[k], weight[k], plain[k], end - start);
        }
      }
      start = end;
    }
  }

  private static void add(double[] points, long[] weights, int first, int stride, double[] sum, double[] weight,
      double[] plain) {
    for (int k = 0; k < sum.length; k++) {
      int cell = first + k * stride;
      sum[k] += points[cell] * weights[cell];
      weight[k] += weights[cell];
      plain[k] += points[cell];
    }
  }

  private static boolean close(double[] points, int first, int stride, double[] sum, double[] weight,
      double[] plain, int lines, double tolerance) {
    for (int k = 0; k < sum.length; k++) {
      if (Math.abs(points[first + k * stride] - mean(sum[k], weight[k], plain[k], lines)) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /** The count-weighted mean, or the plain mean where no row fell. */
  private static double mean(double sum, double weight, double plain, int lines) {
    return weight > 0 ? sum / weight : plain / lines;
  }
}
