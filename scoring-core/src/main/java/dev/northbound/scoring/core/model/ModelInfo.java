package dev.northbound.scoring.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A model's identity for the audit trail, and what it reads.
 *
 * @param id the model id, for example {@code "gba-capacity"}
 * @param version the model version, for example {@code "2026.11.1"}
 * @param schemaFingerprint the fingerprint of the feature schema it scores
 * @param dataUse the features and sources the model declares it uses; empty when it declares none
 *     (then every feature of its schema and every source counts as used)
 */
public record ModelInfo(String id, String version, String schemaFingerprint, Optional<DataUse> dataUse) {
  /** Validates the components. */
  public ModelInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(schemaFingerprint, "schemaFingerprint");
    Objects.requireNonNull(dataUse, "dataUse");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("model id and version must not be blank");
    }
  }

  /** A model that declares no data use. */
  public ModelInfo(String id, String version, String schemaFingerprint) {
    this(id, version, schemaFingerprint, Optional.empty());
  }
}
