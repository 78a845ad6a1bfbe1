package dev.northbound.scoring.toolkit.evaluation;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap intervals for Gini, KS and the accuracy ratio. Resampling is
 * stratified: each replicate draws as many bads (with replacement) from the bads, then as many
 * goods from the goods, so that every replicate has both classes and the bad rate of the sample.
 * Draws come from a {@link SplittableRandom} of the caller's seed, whose {@code nextLong()} is
 * SplitMix64 (index = the unsigned remainder of {@code nextLong()}, not {@code nextInt(bound)}),
 * which the reference script replays exactly. The bounds are the α/2 and 1 − α/2 quantiles of the replicate
 * values, by linear interpolation between order statistics: {@code h = q (B - 1)}, {@code v[⌊h⌋] +
 * (h - ⌊h⌋)(v[⌊h⌋ + 1] - v[⌊h⌋])}.
 *
 * <p>Stateless and thread-safe; the same inputs and seed give the same intervals.
 */
public final class Bootstrap {

  /** The default number of replicates. */
  public static final int DEFAULT_REPLICATES = 1000;

  private Bootstrap() {}

  /**
   * Bootstrap intervals; cost O(n log n + replicates × (n + distinct scores)).
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param replicates the number of replicates, at least 2
   * @param confidence the two-sided confidence level, in (0, 1)
   * @param seed the seed
   * @return the intervals
   * @throws IllegalArgumentException if the arrays differ in length or a parameter is out of range
   * @throws dev.northbound.scoring.core.InvalidInputException on a non-finite score or a missing
   *     class
   */
  public static BootstrapIntervals intervals(double[] scores, boolean[] bad,
      ScoreOrientation orientation, int replicates, double confidence, long seed) {
    Objects.requireNonNull(orientation, "orientation");
    EvaluationChecks.require(replicates >= 2, "replicates must be at least 2; found " + replicates);
    EvaluationChecks.require(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    TieGroups full = TieGroups.of(scores, bad, orientation);
    // Each row as the index of its tie group in the full sample: a replicate counts its draws by
    // group (O(n + groups)) instead of sorting them, and gets the groups a sort would have made.
    int[] badGroup = new int[full.totalBads];
    int[] goodGroup = new int[full.totalGoods];
    int b = 0;
    int g = 0;
    for (int i = 0; i < scores.length; i++) {
      int k = full.groupOf(orientation.risk(scores[i]));
      if (bad[i]) {
        badGroup[b++] = k;
      } else {
        goodGroup[g++] = k;
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] gini = new double[replicates];
    double[] ks = new double[replicates];
    double[] ar = new double[replicates];
    int[] badCounts = new int[full.size];
    int[] goodCounts = new int[full.size];
    for (int r = 0; r < replicates; r++) {
      Arrays.fill(badCounts, 0);
      Arrays.fill(goodCounts, 0);
      for (int i = 0; i < badGroup.length; i++) {
        badCounts[badGroup[index(random, badGroup.length)]]++;
      }
      for (int i = 0; i < goodGroup.length; i++) {
        goodCounts[goodGroup[index(random, goodGroup.length)]]++;
      }
      DiscriminationSummary s = Discrimination.summarize(full.regrouped(badCounts, goodCounts));
      gini[r] = s.gini();
      ks[r] = s.ks().value();
      ar[r] = s.accuracyRatio();
    }
    DiscriminationSummary point = Discrimination.summarize(full);
    return new BootstrapIntervals(interval(point.gini(), gini, confidence),
        interval(point.ks().value(), ks, confidence),
        interval(point.accuracyRatio(), ar, confidence), confidence, replicates, seed);
  }

  /** An index in [0, bound): the unsigned remainder (bias below bound / 2^64, negligible). */
  static int index(SplittableRandom random, int bound) {
    return (int) Long.remainderUnsigned(random.nextLong(), bound);
  }

  private static Interval interval(double estimate, double[] replicates, double confidence) {
    Arrays.sort(replicates);
    double alpha = 1 - confidence;
    return new Interval(estimate, quantile(replicates, alpha / 2),
        quantile(replicates, 1 - alpha / 2));
  }

  /** Linear interpolation between order statistics of a sorted array. */
  static double quantile(double[] sorted, double q) {
    double h = q * (sorted.length - 1);
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
