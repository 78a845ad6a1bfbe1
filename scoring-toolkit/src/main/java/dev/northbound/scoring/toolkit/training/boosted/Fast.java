package dev.northbound.scoring.toolkit.training.boosted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FAST interaction detection (Lou, Caruana, Gehrke and Hooker, "Accurate intelligible models with
 * pairwise interactions", KDD 2013): on the gradients {@code g = y - p} and Hessians
 * {@code h = p(1-p)} of the main-effect model, every allowed pair of characteristics gets the 2-D
 * histogram of {@code G, H} over its coarse axes and is scored by the gain of its best
 * {@link QuadrantSplit}. Pairs are ranked by gain (descending; the earlier pair in characteristic
 * order on a tie) and those with a positive gain are kept, at most {@code most}. Stateless.
 */
final class Fast {

  /**
   * A chosen pair.
   *
   * @param first the index of the first characteristic (the lower)
   * @param second the index of the second characteristic
   * @param gain the FAST gain of its best 4-quadrant split
   */
  record Pair(int first, int second, double gain) {}

  private Fast() {}

  /**
   * The best pairs.
   *
   * @param coarse the coarse bin of every row, per characteristic
   * @param bins the number of coarse bins, per characteristic
   * @param allowed which characteristics may be paired
   * @param z the main-effect model's log-odds of every row
   * @param y the target of every row
   */
  static List<Pair> rank(short[][] coarse, int[] bins, boolean[] allowed, double[] z, byte[] y,
      int most, int minSamplesLeaf, double l2) {
    int n = y.length;
    double[] g = new double[n];
    double[] h = new double[n];
    for (int r = 0; r < n; r++) {
      double p = Logistic.probability(z[r]);
      g[r] = y[r] - p;
      h[r] = p * (1 - p);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < coarse.length; i++) {
      for (int j = i + 1; j < coarse.length && most > 0; j++) {
        if (!allowed[i] || !allowed[j]) {
          continue;
        }
        double gain = gain(coarse[i], coarse[j], bins[i], bins[j], g, h, minSamplesLeaf, l2);
        if (gain > 0) {
          pairs.add(new Pair(i, j, gain));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::gain).reversed()
        .thenComparingInt(Pair::first).thenComparingInt(Pair::second));
    return List.copyOf(pairs.subList(0, Math.min(most, pairs.size())));
  }

  /** The gain of the best 4-quadrant split of one pair's grid. */
  static double gain(short[] first, short[] second, int rows, int cols, double[] g, double[] h,
      int minSamplesLeaf, double l2) {
    double[] gs = new double[rows * cols];
    double[] hs = new double[rows * cols];
    long[] cs = new long[rows * cols];
    for (int r = 0; r < g.length; r++) {
      int cell = first[r] * cols + second[r];
      gs[cell] += g[r];
      hs[cell] += h[r];
      cs[cell]++;
    }
    return QuadrantSplit.best(gs, hs, cs, rows, cols, minSamplesLeaf, l2).gain();
  }
}
