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
    double[] ft = new double[yt.length];
    double[] fv = new double[yv.length];
    java.util.Arrays.fill(ft, b0);
    java.util.Arrays.fill(fv, b0);
    int p = data.features();
    double[][] f = new double[p][];
    int most = 1;
    for (int j = 0; j < p; j++) {
      f[j] = new double[data.layouts.get(j).bins()];
      most = Math.max(most, f[j].length);
    }
    double[][] best = copy(f);
    double bestLoss = Logistic.meanLogLoss(fv, yv);
    int bestRound = 0;
    Step step = new Step(most, config);
    for (int round = 1; round <= config.maxRounds(); round++) {
      for (int j = 0; j < p; j++) {
        double[] delta = step.delta(ti[j], yt, ft, data.layouts.get(j));
        double[] shape = f[j];
        for (int b = 0; b < shape.length; b++) {
          shape[b] += delta[b];
        }
        apply(ti[j], delta, ft);
        apply(vi[j], delta, fv);
      }
      double loss = Logistic.meanLogLoss(fv, yv);
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

    /** The update of every bin of one characteristic (valid until the next call). */
    double[] delta(short[] idx, byte[] y, double[] z, FineLayout layout) {
      int bins = layout.bins();
      java.util.Arrays.fill(g, 0, bins, 0);
      java.util.Arrays.fill(h, 0, bins, 0);
      java.util.Arrays.fill(c, 0, bins, 0);
      for (int r = 0; r < idx.length; r++) {
        int b = idx[r];
        double p = 1.0 / (1.0 + Math.exp(-z[r]));
        g[b] += y[r] - p;
        h[b] += p * (1 - p);
        c[b]++;
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
  }
}
