package dev.northbound.scoring.toolkit.training;

import java.util.Objects;

/**
 * One fitted coefficient of a logistic regression with its Wald statistics.
 *
 * @param name the term: {@code "(intercept)"} or a characteristic name
 * @param estimate the coefficient on the log-odds of bad
 * @param standardError the standard error, from the inverse of the penalised Hessian
 * @param z the Wald statistic {@code estimate / standardError}
 * @param pValue the two-sided p-value {@code 2 * Phi(-|z|)}
 */
public record Coefficient(
    String name, double estimate, double standardError, double z, double pValue) {

  /** The name of the intercept term. */
  public static final String INTERCEPT = "(intercept)";

  /** Validates. */
  public Coefficient {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(estimate) || !(standardError > 0) || !Double.isFinite(standardError)
        || !(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException(name + ": estimate and standard error must be finite,"
          + " the standard error positive and the p-value in [0, 1]");
    }
  }
}
