package dev.northbound.scoring.core.model;

import java.util.Objects;

/**
 * A model's identity for the audit trail.
 *
 * @param id the model id, for example {@code "gba-capacity"}
 * @param version the model version, for example {@code "2026.11.1"}
 * @param schemaFingerprint the fingerprint of the feature schema it scores
 */
public record ModelInfo(String id, String version, String schemaFingerprint) {
  /** Validates the components. */
  public ModelInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(schemaFingerprint, "schemaFingerprint");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("model id and version must not be blank");
    }
  }
}
