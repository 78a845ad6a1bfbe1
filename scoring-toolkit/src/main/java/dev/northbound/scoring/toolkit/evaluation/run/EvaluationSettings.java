package dev.northbound.scoring.toolkit.evaluation.run;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a run is carried out. Only {@code threads} and {@code batchLines} change how the work is
 * done, never the report: results are merged in line order.
 *
 * @param threads worker threads, 1 to 256 (default: the available processors)
 * @param batchLines lines handed to a worker at once, 1 to 100,000 (default 256)
 * @param failFast stop at the first record that cannot be scored (in line order), with an {@link
 *     UnusableRowException} (default); false skips such records, counts them by reason and lists the
 *     first {@code maxListedErrors} in the report (opt-in: skipped rows are left out of every figure)
 * @param bootstrapReplicates bootstrap replicates for the Gini, KS and AR intervals, 2 to 100,000
 *     (default 200)
 * @param seed the bootstrap seed (default 42)
 * @param confidence the two-sided confidence of the DeLong and bootstrap intervals (default 0.95)
 * @param cutoff the approval cutoff for the fairness view; empty for the model's lowest grade cutoff
 * @param maxListedErrors how many skipped records are listed one by one (default 100; all are counted)
 * @param clock the clock that dates the report (fix it for reproducible bytes)
 */
public record EvaluationSettings(
    int threads, int batchLines, boolean failFast, int bootstrapReplicates, long seed, double confidence,
    OptionalDouble cutoff, int maxListedErrors, Clock clock) {

  /** Checks the ranges. */
  public EvaluationSettings {
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(clock, "clock");
    require(threads >= 1 && threads <= 256, "threads must be 1 to 256, found " + threads);
    require(batchLines >= 1 && batchLines <= 100_000, "batchLines must be 1 to 100000, found " + batchLines);
    require(bootstrapReplicates >= 2 && bootstrapReplicates <= 100_000,
        "bootstrapReplicates must be 2 to 100000, found " + bootstrapReplicates);
    require(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    require(cutoff.isEmpty() || Double.isFinite(cutoff.getAsDouble()), "cutoff must be finite");
    require(maxListedErrors >= 0 && maxListedErrors <= 100_000, "maxListedErrors must be 0 to 100000");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The defaults (fail-fast), with as many threads as processors and the system UTC clock. */
  public static EvaluationSettings defaults() {
    return new EvaluationSettings(Runtime.getRuntime().availableProcessors(), 256, true, 200, 42L, 0.95,
        OptionalDouble.empty(), 100, Clock.systemUTC());
  }

  /** These settings with {@code n} threads. */
  public EvaluationSettings withThreads(int n) {
    return new EvaluationSettings(n, batchLines, failFast, bootstrapReplicates, seed, confidence, cutoff,
        maxListedErrors, clock);
  }

  /** These settings with {@code n} lines per batch. */
  public EvaluationSettings withBatchLines(int n) {
    return new EvaluationSettings(threads, n, failFast, bootstrapReplicates, seed, confidence, cutoff,
        maxListedErrors, clock);
  }

  /** These settings with fail-fast on (stop at the first unusable record) or off (skip and count them). */
  public EvaluationSettings withFailFast(boolean on) {
    return new EvaluationSettings(threads, batchLines, on, bootstrapReplicates, seed, confidence, cutoff,
        maxListedErrors, clock);
  }

  /** These settings with the given bootstrap replicates and seed. */
  public EvaluationSettings withBootstrap(int replicates, long bootstrapSeed) {
    return new EvaluationSettings(threads, batchLines, failFast, replicates, bootstrapSeed, confidence, cutoff,
        maxListedErrors, clock);
  }

  /** These settings with the given fairness cutoff. */
  public EvaluationSettings withCutoff(double points) {
    return new EvaluationSettings(threads, batchLines, failFast, bootstrapReplicates, seed, confidence,
        OptionalDouble.of(points), maxListedErrors, clock);
  }

  /** These settings with the given clock. */
  public EvaluationSettings withClock(Clock reportClock) {
    return new EvaluationSettings(threads, batchLines, failFast, bootstrapReplicates, seed, confidence, cutoff,
        maxListedErrors, reportClock);
  }
}
