package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.feature.MissingReason;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One feature as the decision saw it: a value, or the reason it was missing (exactly one of the two).
 *
 * @param name the feature name
 * @param value the value, empty when missing
 * @param missingReason why it was missing, empty when present
 */
public record AuditedFeature(String name, OptionalDouble value, Optional<MissingReason> missingReason) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException unless exactly one of value and missing reason is present
   */
  public AuditedFeature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(missingReason, "missingReason");
    if (value.isPresent() == missingReason.isPresent()) {
      throw new IllegalArgumentException("feature " + name + " needs exactly one of a value and a missing reason");
    }
  }
}
