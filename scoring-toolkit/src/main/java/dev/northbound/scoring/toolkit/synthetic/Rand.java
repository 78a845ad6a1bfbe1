package dev.northbound.scoring.toolkit.synthetic;

import java.util.SplittableRandom;

/** Random draws and small numeric helpers for the generator. Stateless. */
final class Rand {
  private Rand() {}

  /** The golden-ratio increment of SplitMix64. */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  /** A generator that depends only on (seed, index), with well-mixed bits for neighbouring indices. */
  static SplittableRandom forApplicant(long seed, int index) {
    return new SplittableRandom(mix64(mix64(seed) + GAMMA * (index + 1L)));
  }

  /**
   * A value that depends only on (seed, index, salt), drawn from no generator: for values derived
   * after the fact (such as a pseudonym), so that no existing draw moves.
   */
  static long derived(long seed, int index, long salt) {
    return mix64(mix64(seed ^ salt) + GAMMA * (index + 1L));
  }

  /** The SplitMix64 finaliser (Stafford variant 13). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  static double uniform(SplittableRandom r, double lo, double hi) {
    return lo + (hi - lo) * r.nextDouble();
  }

  /** An integer from {@code lo} to {@code hi}, both inclusive. */
  static int between(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static double normal(SplittableRandom r) {
    return r.nextGaussian();
  }

  /** exp(N(0, sd)): a multiplicative noise factor with median 1. */
  static double lognormal(SplittableRandom r, double sd) {
    return Math.exp(sd * r.nextGaussian());
  }

  /** A Poisson draw by inversion; {@code lambda} is small (under 40) here. */
  static int poisson(SplittableRandom r, double lambda) {
    double l = Math.exp(-lambda);
    double p = r.nextDouble();
    double term = l;
    double cum = l;
    int k = 0;
    while (p > cum && k < 100) {
      k++;
      term *= lambda / k;
      cum += term;
    }
    return k;
  }

  /** An index drawn with the given weights (which need not sum to one). */
  static int pick(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
