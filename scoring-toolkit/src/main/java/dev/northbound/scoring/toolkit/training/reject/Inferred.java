package dev.northbound.scoring.toolkit.training.reject;

import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The inferred rows of the rejects: row {@code i} is reject {@code reject[i]} with outcome
 * {@code bad[i]} and weight {@code weight[i] > 0}; the methods' formulas on plain arrays.
 */
record Inferred(int[] reject, boolean[] bad, double[] weight) {

  /** {@code min(1, k p)}: a probability of bad uplifted by {@code k}. */
  static double uplifted(double k, double p) {
    return Math.min(1.0, k * p);
  }

  /**
   * Hard cutoff: with {@code q_i = min(1, k p_i)}, the {@code m = round(sum q_i)} rejects of the
   * highest {@code q} (ties in row order) are bad, that is those with {@code q >= t} for the
   * {@code m}-th highest {@code t}; the others good; weight 1.
   */
  static Inferred hardCutoff(double[] pd, double k) {
    int n = pd.length;
    double[] q = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      q[i] = uplifted(k, pd[i]);
      sum += q[i];
    }
    long m = Math.round(sum);
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -q[i]));
    boolean[] bad = new boolean[n];
    for (int j = 0; j < m; j++) {
      bad[order[j]] = true;
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return new Inferred(IntStream.range(0, n).toArray(), bad, ones);
  }

  /**
   * Fuzzy augmentation: reject {@code i} becomes a bad row of weight {@code q_i = min(1, k p_i)}
   * followed by a good row of weight {@code 1 - q_i}; a row whose weight is 0 is left out.
   */
  static Inferred fuzzy(double[] pd, double k) {
    List<Integer> rows = new ArrayList<>();
    List<Boolean> bads = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < pd.length; i++) {
      double q = uplifted(k, pd[i]);
      if (q > 0) {
        rows.add(i);
        bads.add(true);
        weights.add(q);
      }
      if (q < 1) {
        rows.add(i);
        bads.add(false);
        weights.add(1 - q);
      }
    }
    boolean[] bad = new boolean[bads.size()];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = bads.get(i);
    }
    return new Inferred(rows.stream().mapToInt(Integer::intValue).toArray(), bad,
        weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * Parcelling: the accepts' scores cut into {@code bands} quantile bands ({@link
   * ScoreBands#quantiles}); in band {@code b} the accepts' (weighted) bad rate {@code r_b}; reject
   * {@code i}, in band {@code b} by its score, is bad when the next draw {@code u_i} (in row order)
   * of a {@code SplittableRandom(seed)} satisfies {@code u_i < min(1, k r_b)}; weight 1.
   */
  static Inferred parcelling(double[] acceptScores, boolean[] acceptBad, double[] acceptWeights,
      double[] rejectScores, double k, int bands, long seed) {
    double[] rate = bandRates(acceptScores, acceptBad, acceptWeights, bands);
    ScoreBands cut = ScoreBands.quantiles(acceptScores, bands);
    SplittableRandom random = new SplittableRandom(seed);
    int n = rejectScores.length;
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      bad[i] = random.nextDouble() < uplifted(k, rate[cut.bandOf(rejectScores[i])]);
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return new Inferred(IntStream.range(0, n).toArray(), bad, ones);
  }

  /** The accepts' weighted bad rate in each quantile band of their scores. */
  static double[] bandRates(double[] acceptScores, boolean[] acceptBad, double[] acceptWeights,
      int bands) {
    ScoreBands cut = ScoreBands.quantiles(acceptScores, bands);
    double[] badWeight = new double[cut.count()];
    double[] weight = new double[cut.count()];
    for (int i = 0; i < acceptScores.length; i++) {
      int b = cut.bandOf(acceptScores[i]);
      weight[b] += acceptWeights[i];
      badWeight[b] += acceptBad[i] ? acceptWeights[i] : 0;
    }
    double[] rate = new double[weight.length];
    for (int b = 0; b < rate.length; b++) {
      rate[b] = weight[b] > 0 ? badWeight[b] / weight[b] : 0;
    }
    return rate;
  }
}
