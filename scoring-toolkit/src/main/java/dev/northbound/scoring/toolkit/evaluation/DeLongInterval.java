package dev.northbound.scoring.toolkit.evaluation;

/**
 * A confidence interval for the AUC from DeLong, DeLong and Clarke-Pearson (1988): the variance is
 * {@code S10 / m + S01 / n}, where S10 and S01 are the sample variances of the placement values of
 * the m bads and the n goods. The interval is {@code auc ± z * standardError}, z the normal quantile
 * for the confidence, then bounded to [0, 1] (stated here, so not silent).
 *
 * @param auc the AUC
 * @param variance DeLong's variance of the AUC
 * @param standardError the square root of the variance
 * @param confidence the two-sided confidence level, in (0, 1)
 * @param lower the lower bound, at least 0
 * @param upper the upper bound, at most 1
 */
public record DeLongInterval(
    double auc, double variance, double standardError, double confidence, double lower,
    double upper) {

  /** Checks that the values are finite and ordered. */
  public DeLongInterval {
    EvaluationChecks.require(auc >= 0 && auc <= 1, "auc must be in [0, 1]");
    EvaluationChecks.require(variance >= 0 && Double.isFinite(variance), "variance must be finite, >= 0");
    EvaluationChecks.require(standardError >= 0 && Double.isFinite(standardError),
        "standardError must be finite, >= 0");
    EvaluationChecks.require(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    EvaluationChecks.require(0 <= lower && lower <= auc && auc <= upper && upper <= 1,
        "bounds must satisfy 0 <= lower <= auc <= upper <= 1");
  }
}
