package dev.northbound.scoring.toolkit.training.boosted;

/**
 * Cyclic boosting of the main effects on one bag. The model starts at {@code b0 = logit(bad rate)}
 * of the bag's training rows and all shapes 0. A cycle visits every characteristic in turn: with
 * {@code p = 1/(1+e^-F)}, gradient {@code g = y - p} and Hessian {@code h = p(1-p)} summed per bin
 * over the training rows, a {@link LeafSplit} tree cuts the interval bins into at most
 * {@code maxLeaves} leaves, and the special, category and missing bins are leaves of their own;
 * every bin of a leaf gets {@code learningRate * G_leaf / (H_leaf + l2)} (a bin no training row
 * falls in, outside the interval bins, gets nothing), and {@code F} is updated at once. After each
 * cycle the validation rows' mean log loss is measured; the shapes of the cycle with the lowest
 * loss are kept, and boosting stops after {@code earlyStoppingRounds} cycles without a lower one,
 * or at {@code maxRounds}. Single-threaded; one instance per bag.
 */
final class MainBooster {

  /**
   * One bag's main effects.
   *
   * @param intercept {@code b0}
   * @param shapes the kept shapes, {@code shapes[j][bin]}
   * @param rounds the cycle whose shapes were kept (0: none helped)
   */
  record Result(double intercept, double[][] shapes, int rounds) {}

  private MainBooster() {}

  static Result run(BinnedData data, Bag bag, BoostingConfig config) {
    short[][] ti = BinnedData.gather(data.index, bag.train());
    short[][] vi = BinnedData.gather(data.index, bag.valid());
    byte[] yt = BinnedData.gather(data.y, bag.train());
    byte[] yv = BinnedData.gather(data.y, bag.valid());
    double b0 = Logistic.logOddsOfRate(yt);
    // Odds e^F rather than F: a step multiplies them by e^delta of the row's bin, so no row needs
    // an exponential; the next step's histogram pass applies the previous step's factors.
    double[] ot = new double[yt.length];
    double[] ov = new double[yv.length];
    java.util.Arrays.fill(ot, Math.exp(b0));
    java.util.Arrays.fill(ov, Math.exp(b0));
    int p = data.features();
    double[][] f = new double[p][];
    int most = 1;
    for (int j = 0; j < p; j++) {
      f[j] = new double[data.layouts.get(j).bins()];
      most = Math.max(most, f[j].length);
    }
    double[][] best = copy(f);
    double bestLoss = Logistic.meanLogLossOfOdds(ov, yv);
    int bestRound = 0;
    Step step = new Step(most, config);
    short[] pendingIdx = null;
    double[] pending = new double[most];
    for (int round = 1; round <= config.maxRounds(); round++) {
      for (int j = 0; j < p; j++) {
        double[] delta = step.delta(ti[j], yt, ot, pendingIdx, pending, data.layouts.get(j));
        double[] shape = f[j];
        for (int b = 0; b < shape.length; b++) {
          shape[b] += delta[b];
          pending[b] = Math.exp(delta[b]);
        }
        pendingIdx = ti[j];
        scale(vi[j], pending, ov);
      }
      double loss = Logistic.meanLogLossOfOdds(ov, yv);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestRound = round;
        best = copy(f);
      } else if (round - bestRound >= config.earlyStoppingRounds()) {
        break;
      }
    }
    return new Result(b0, best, bestRound);
  }

  private static void scale(short[] idx, double[] factor, double[] odds) {
    for (int r = 0; r < idx.length; r++) {
      odds[r] *= factor[idx[r]];
    }
  }

  static void apply(short[] idx, double[] delta, double[] z) {
    for (int r = 0; r < idx.length; r++) {
      z[r] += delta[idx[r]];
    }
  }

  static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }

  /** The per-bin sums and the update of one step; reused across steps of one bag. */
  static final class Step {
    private final double[] g;
    private final double[] h;
    private final int[] c;
    private final double[] delta;
    private final BoostingConfig config;

    Step(int bins, BoostingConfig config) {
      this.g = new double[bins];
      this.h = new double[bins];
      this.c = new int[bins];
      this.delta = new double[bins];
      this.config = config;
    }

    /**
     * The update of every bin of one characteristic (valid until the next call). First applies the
     * pending factors of the previous step ({@code prevIdx} null: none) to the odds, row by row, in
     * the same pass as the per-bin sums.
     */
    double[] delta(short[] idx, byte[] y, double[] odds, short[] prevIdx, double[] prev,
        FineLayout layout) {
      int bins = layout.bins();
      java.util.Arrays.fill(g, 0, bins, 0);
      java.util.Arrays.fill(h, 0, bins, 0);
      java.util.Arrays.fill(c, 0, bins, 0);
      if (prevIdx == null) {
        for (int r = 0; r < idx.length; r++) {
          add(idx[r], y[r], odds[r]);
        }
      } else {
        for (int r = 0; r < idx.length; r++) {
          double o = odds[r] * prev[prevIdx[r]];
          odds[r] = o;
          add(idx[r], y[r], o);
        }
      }
      double lr = config.learningRate();
      double l2 = config.l2();
      int k = layout.intervals();
      if (k > 0) {
        int[] starts = LeafSplit.starts(g, h, c, k, config.maxLeaves(), config.minSamplesLeaf(), l2);
        for (int leaf = 0; leaf < starts.length; leaf++) {
          int to = leaf + 1 < starts.length ? starts[leaf + 1] : k;
          double gs = 0;
          double hs = 0;
          for (int b = starts[leaf]; b < to; b++) {
            gs += g[b];
            hs += h[b];
          }
          double v = lr * gs / (hs + l2);
          for (int b = starts[leaf]; b < to; b++) {
            delta[b] = v;
          }
        }
      }
      for (int b = k; b < bins; b++) {
        delta[b] = c[b] > 0 ? lr * g[b] / (h[b] + l2) : 0;
      }
      return delta;
    }

    private void add(int b, int y, double odds) {
      double q = 1.0 / (1.0 + odds);
      double p = odds * q;
      g[b] += y - p;
      h[b] += p * q;
      c[b]++;
    }
  }
}
