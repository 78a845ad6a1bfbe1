package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.core.model.ReasonText;
import java.util.Objects;

/**
 * A feature that can give a reason code, with the reference value it is compared against (for
 * example a low-risk value such as a debt-to-income of 0.1, or a population median) and its
 * bilingual text.
 *
 * @param feature the schema feature
 * @param referenceValue the value that replaces the applicant's; finite
 * @param reason the reason code and texts
 */
public record ReferenceReason(String feature, double referenceValue, ReasonText reason) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the reference value is not finite
   */
  public ReferenceReason {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reason, "reason");
    if (!Double.isFinite(referenceValue)) {
      throw new IllegalArgumentException("reference value of " + feature + " must be finite");
    }
  }
}
