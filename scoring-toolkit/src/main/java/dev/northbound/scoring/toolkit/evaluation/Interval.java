package dev.northbound.scoring.toolkit.evaluation;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate the estimate on the full sample
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double estimate, double lower, double upper) {

  /** Checks that the values are finite and the bounds ordered. */
  public Interval {
    EvaluationChecks.require(Double.isFinite(estimate) && Double.isFinite(lower) && Double.isFinite(upper),
        "estimate and bounds must be finite");
    EvaluationChecks.require(lower <= upper, "lower must not exceed upper");
  }
}
