package dev.northbound.scoring.toolkit.training.boosted;

import java.util.Arrays;

/**
 * Cyclic boosting of the chosen pairs on one bag, on top of the fixed main-effect model: each step
 * fits the best {@link QuadrantSplit} of the pair's coarse grid on the bag's training rows and adds
 * {@code learningRate * G_q / (H_q + l2)} to every cell of quadrant {@code q} (no step when no cut
 * has a positive gain). Early stopping on the bag's validation rows exactly as
 * {@link MainBooster}. Single-threaded; one call per bag.
 */
final class PairBooster {

  /**
   * One bag's interaction tables.
   *
   * @param tables per pair, the cells {@code i * cols + j}
   * @param rounds the cycle whose tables were kept (0: none helped)
   */
  record Result(double[][] tables, int rounds) {}

  private PairBooster() {}

  /**
   * @param cells the cell of every row, per pair
   * @param rows the first axis's size, per pair
   * @param cols the second axis's size, per pair
   * @param base the main-effect log-odds of every row
   */
  static Result run(int[][] cells, int[] rows, int[] cols, double[] base, byte[] y, Bag bag,
      BoostingConfig config) {
    int m = cells.length;
    int[][] ct = new int[m][];
    int[][] cv = new int[m][];
    for (int k = 0; k < m; k++) {
      ct[k] = gather(cells[k], bag.train());
      cv[k] = gather(cells[k], bag.valid());
    }
    byte[] yt = BinnedData.gather(y, bag.train());
    byte[] yv = BinnedData.gather(y, bag.valid());
    double[] ft = gather(base, bag.train());
    double[] fv = gather(base, bag.valid());
    double[][] t = new double[m][];
    for (int k = 0; k < m; k++) {
      t[k] = new double[rows[k] * cols[k]];
    }
    double[][] best = MainBooster.copy(t);
    double bestLoss = Logistic.meanLogLoss(fv, yv);
    int bestRound = 0;
    for (int round = 1; round <= config.maxRounds() && m > 0; round++) {
      for (int k = 0; k < m; k++) {
        double[] delta = delta(ct[k], yt, ft, rows[k], cols[k], config);
        for (int c = 0; c < delta.length; c++) {
          t[k][c] += delta[c];
        }
        apply(ct[k], delta, ft);
        apply(cv[k], delta, fv);
      }
      double loss = Logistic.meanLogLoss(fv, yv);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestRound = round;
        best = MainBooster.copy(t);
      } else if (round - bestRound >= config.earlyStoppingRounds()) {
        break;
      }
    }
    return new Result(best, bestRound);
  }

  private static double[] delta(int[] cells, byte[] y, double[] z, int rows, int cols,
      BoostingConfig config) {
    double[] g = new double[rows * cols];
    double[] h = new double[rows * cols];
    long[] c = new long[rows * cols];
    for (int r = 0; r < cells.length; r++) {
      double p = 1.0 / (1.0 + Math.exp(-z[r]));
      g[cells[r]] += y[r] - p;
      h[cells[r]] += p * (1 - p);
      c[cells[r]]++;
    }
    double[] delta = new double[rows * cols];
    QuadrantSplit split = QuadrantSplit.best(g, h, c, rows, cols, config.minSamplesLeaf(),
        config.l2());
    if (split.gain() <= 0) {
      return delta;
    }
    double[] gq = new double[4];
    double[] hq = new double[4];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int q = split.quadrant(i, j);
        gq[q] += g[i * cols + j];
        hq[q] += h[i * cols + j];
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int q = split.quadrant(i, j);
        delta[i * cols + j] = config.learningRate() * gq[q] / (hq[q] + config.l2());
      }
    }
    return delta;
  }

  private static void apply(int[] cells, double[] delta, double[] z) {
    for (int r = 0; r < cells.length; r++) {
      z[r] += delta[cells[r]];
    }
  }

  private static int[] gather(int[] a, int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  private static double[] gather(double[] a, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return Arrays.copyOf(out, out.length);
  }
}
