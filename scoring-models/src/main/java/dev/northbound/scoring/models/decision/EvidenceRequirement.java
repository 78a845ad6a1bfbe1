package dev.northbound.scoring.models.decision;

import java.util.Objects;

/**
 * One piece of alternative-data evidence the policy's thin-file path requires: the feature must be
 * present and at least {@code atLeast} (for example {@code verified_income_months_12m} at least 6).
 *
 * @param feature the feature name, one of the policy's schema
 * @param atLeast the smallest value that meets the requirement; finite
 */
public record EvidenceRequirement(String feature, double atLeast) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code atLeast} is not finite
   */
  public EvidenceRequirement {
    Objects.requireNonNull(feature, "feature");
    if (!Double.isFinite(atLeast)) {
      throw new IllegalArgumentException("an evidence requirement needs a finite threshold");
    }
  }

  /** Whether a present value meets it. */
  public boolean metBy(double value) {
    return value >= atLeast;
  }
}
