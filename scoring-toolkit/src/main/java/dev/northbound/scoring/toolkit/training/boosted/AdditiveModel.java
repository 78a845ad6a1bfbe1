package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.List;

/**
 * The fitted card in points, on the fine bins and coarse cells: {@code score = initialPoints +
 * sum_j points_j[bin_j] + sum_pairs points[cell]}. It scores a data set exactly as the assembled
 * {@code Scorecard} does (used for cross-validation, where no scorecard is built). Immutable.
 */
final class AdditiveModel {

  /**
   * An interaction term.
   *
   * @param first index of the first characteristic
   * @param second index of the second
   * @param firstAxis its coarse axis
   * @param secondAxis the second's coarse axis
   * @param points per cell {@code i * secondAxis.bins() + j}
   */
  record Pair(int first, int second, CoarseAxis firstAxis, CoarseAxis secondAxis,
      double[] points) {}

  private final List<FineLayout> layouts;
  private final double initialPoints;
  private final double[][] points;
  private final List<Pair> pairs;

  AdditiveModel(List<FineLayout> layouts, double initialPoints, double[][] points,
      List<Pair> pairs) {
    this.layouts = List.copyOf(layouts);
    this.initialPoints = initialPoints;
    this.points = MainBooster.copy(points);
    this.pairs = List.copyOf(pairs);
  }

  double initialPoints() {
    return initialPoints;
  }

  /** The points of every row of {@code data} (which holds every characteristic's column). */
  double[] scores(Dataset data) {
    BinnedData binned = BinnedData.of(data, layouts);
    double[] out = new double[data.rows()];
    java.util.Arrays.fill(out, initialPoints);
    for (int j = 0; j < layouts.size(); j++) {
      short[] idx = binned.index[j];
      double[] pts = points[j];
      for (int r = 0; r < out.length; r++) {
        out[r] += pts[idx[r]];
      }
    }
    for (Pair p : pairs) {
      short[] a = binned.index[p.first()];
      short[] b = binned.index[p.second()];
      int cols = p.secondAxis().bins();
      for (int r = 0; r < out.length; r++) {
        out[r] += p.points()[p.firstAxis().coarseOf(a[r]) * cols + p.secondAxis().coarseOf(b[r])];
      }
    }
    return out;
  }
}
