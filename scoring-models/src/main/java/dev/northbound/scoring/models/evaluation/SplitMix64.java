package dev.northbound.scoring.models.evaluation;

/**
 * Steele, Lea and Flood's SplitMix64 generator, written out so that the Python reference script can
 * replay the very same bootstrap resamples. Not thread-safe; one per call.
 */
final class SplitMix64 {

  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** An index in [0, bound): the unsigned remainder (bias below bound / 2^64, negligible). */
  int nextIndex(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }
}
