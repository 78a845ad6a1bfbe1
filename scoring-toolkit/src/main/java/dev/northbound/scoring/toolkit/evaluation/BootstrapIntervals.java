package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;

/**
 * Percentile bootstrap intervals for Gini, KS and the accuracy ratio.
 *
 * @param gini the Gini coefficient and its interval
 * @param ks the KS statistic and its interval
 * @param accuracyRatio the accuracy ratio and its interval
 * @param confidence the two-sided confidence level, in (0, 1)
 * @param replicates the number of bootstrap replicates
 * @param seed the seed that makes the intervals reproducible
 */
public record BootstrapIntervals(
    Interval gini, Interval ks, Interval accuracyRatio, double confidence, int replicates,
    long seed) {

  /** Checks the components. */
  public BootstrapIntervals {
    Objects.requireNonNull(gini, "gini");
    Objects.requireNonNull(ks, "ks");
    Objects.requireNonNull(accuracyRatio, "accuracyRatio");
    EvaluationChecks.require(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    EvaluationChecks.require(replicates >= 2, "replicates must be at least 2");
  }
}
