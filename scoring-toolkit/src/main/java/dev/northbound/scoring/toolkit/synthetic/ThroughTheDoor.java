package dev.northbound.scoring.toolkit.synthetic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The incumbent policy's decisions on a synthetic through-the-door portfolio: for each applicant
 * of (seed, 0..size-1), its policy score and whether it was rejected, and by an override
 * ({@link IncumbentPolicy} documents the rule). A pure function of (generator configuration, seed,
 * size, policy): the scores are computed in parallel, the ranking and the override draws do not
 * depend on the order. Immutable and thread-safe.
 */
public final class ThroughTheDoor {

  /** Mixed into the seed of the override draws, so they are independent of the applicants' own draws. */
  private static final long OVERRIDE_SALT = 0x1DC0_FFEE_5EED_0019L;

  /** The largest portfolio whose decisions are computed (the policy scores are kept in memory). */
  public static final int MAX_SIZE = 10_000_000;

  private final IncumbentPolicy policy;
  private final double[] score;
  private final boolean[] rejected;
  private final boolean[] overridden;
  private final int rejectedCount;

  private ThroughTheDoor(IncumbentPolicy policy, double[] score, boolean[] rejected, boolean[] overridden) {
    this.policy = policy;
    this.score = score;
    this.rejected = rejected;
    this.overridden = overridden;
    int n = 0;
    for (boolean r : rejected) {
      n += r ? 1 : 0;
    }
    this.rejectedCount = n;
  }

  /**
   * The decisions of {@code policy} on applicants 0 to {@code size - 1} of {@code seed}.
   *
   * @throws IllegalArgumentException if {@code size} is not 1 to {@link #MAX_SIZE}
   */
  public static ThroughTheDoor decide(PortfolioGenerator generator, long seed, int size, IncumbentPolicy policy) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(policy, "policy");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", found " + size);
    }
    double[] observable = new double[size];
    double[] hidden = new double[size];
    OutcomeModel model = generator.config().outcome();
    IntStream.range(0, size).parallel().forEach(i -> {
      SyntheticApplicant a = generator.generate(seed, i);
      observable[i] = IncumbentPolicy.observableScore(a.creditFile());
      hidden[i] = IncumbentPolicy.hiddenScore(a, model);
    });
    standardise(observable);
    standardise(hidden);
    double v = policy.visibility();
    double[] score = new double[size];
    for (int i = 0; i < size; i++) {
      score[i] = v * observable[i] + (1.0 - v) * hidden[i];
    }
    Integer[] order = new Integer[size];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> score[i]).thenComparingInt(i -> i));
    int cut = (int) Math.round(policy.rejectShare() * size);
    boolean[] wouldReject = new boolean[size];
    for (int r = 0; r < cut; r++) {
      wouldReject[order[r]] = true;
    }
    boolean[] rejected = new boolean[size];
    boolean[] overridden = new boolean[size];
    long overrideSeed = Rand.mix64(seed ^ OVERRIDE_SALT);
    double acceptOverride = policy.acceptOverrideShare();
    for (int i = 0; i < size; i++) {
      double u = new SplittableRandom(Rand.mix64(overrideSeed + 0x9E3779B97F4A7C15L * (i + 1L))).nextDouble();
      overridden[i] = u < (wouldReject[i] ? policy.overrideShare() : acceptOverride);
      rejected[i] = wouldReject[i] != overridden[i];
    }
    return new ThroughTheDoor(policy, score, rejected, overridden);
  }

  /** Replaces each value by (value - mean) / population sd; by 0 if the sd is 0. */
  private static void standardise(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / x.length);
    for (int i = 0; i < x.length; i++) {
      x[i] = sd > 0 ? (x[i] - mean) / sd : 0.0;
    }
  }

  /** The policy. */
  public IncumbentPolicy policy() {
    return policy;
  }

  /** The number of applicants. */
  public int size() {
    return rejected.length;
  }

  /** The number rejected (after overrides). */
  public int rejectedCount() {
    return rejectedCount;
  }

  /** Whether applicant {@code index} was rejected (after overrides). */
  public boolean isRejected(int index) {
    return rejected[index];
  }

  /** Whether the decision on applicant {@code index} is an override (the rule said the opposite). */
  public boolean isOverridden(int index) {
    return overridden[index];
  }

  /** The policy score S of applicant {@code index} (lower is rejected first). */
  public double policyScore(int index) {
    return score[index];
  }
}
