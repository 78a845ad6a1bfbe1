package dev.northbound.scoring.models.logistic;

import java.util.Objects;

/**
 * An input used as its raw value {@code x}, contributing {@code coefficient * x} to the log-odds of
 * bad.
 *
 * <p>Rules, all declared here and nowhere silent:
 *
 * <ul>
 *   <li>A present value is winsorised to {@code [lower, upper]} (the range the model was built
 *       on) before it is multiplied.
 *   <li>A missing value contributes {@code coefficient * imputedValue + missingCoefficient}: the
 *       imputed value plus an optional missing-indicator coefficient (0 for none).
 *   <li>The best attainable contribution, used for reason codes, is the smallest contribution over
 *       {@code lower}, {@code upper} and the missing case.
 * </ul>
 *
 * @param feature the schema feature
 * @param coefficient the coefficient; finite
 * @param lower the lowest value the model uses; finite
 * @param upper the highest value the model uses; finite and above {@code lower}
 * @param imputedValue the value used when the feature is missing; within {@code [lower, upper]}
 * @param missingCoefficient the missing-indicator coefficient added when the feature is missing; finite
 * @param reason the reason code and texts
 */
public record RawInput(
    String feature, double coefficient, double lower, double upper, double imputedValue,
    double missingCoefficient, ReasonText reason) implements LogisticInput {

  /**
   * Validates the input.
   *
   * @throws IllegalArgumentException if a number is not finite, the bounds are not increasing or the
   *     imputed value lies outside them
   */
  public RawInput {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reason, "reason");
    if (!Double.isFinite(coefficient) || !Double.isFinite(missingCoefficient)
        || !Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
      throw new IllegalArgumentException("input " + feature
          + " needs a finite coefficient, missing coefficient and bounds with lower below upper");
    }
    if (!(imputedValue >= lower && imputedValue <= upper)) {
      throw new IllegalArgumentException("input " + feature + ": imputed value must lie within [lower, upper]");
    }
  }

  /** A raw input. */
  public static RawInput of(String feature, double coefficient, double lower, double upper,
      double imputedValue, double missingCoefficient, ReasonText reason) {
    return new RawInput(feature, coefficient, lower, upper, imputedValue, missingCoefficient, reason);
  }
}
