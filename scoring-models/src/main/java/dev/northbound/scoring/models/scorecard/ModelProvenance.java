package dev.northbound.scoring.models.scorecard;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a model came from, for the audit trail: who or what trained it, on which data, when, with
 * which settings and seed.
 *
 * @param trainedBy the trainer or author, for example {@code "northbound-training 0.1.0"}
 * @param dataFingerprint the fingerprint of the training data
 * @param trainedAt when it was trained
 * @param settings the training settings by name, sorted by name (copied)
 * @param seed the random seed
 */
public record ModelProvenance(
    String trainedBy, String dataFingerprint, Instant trainedAt, Map<String, String> settings, long seed) {

  /** Validates the components and copies the settings into name order. */
  public ModelProvenance {
    Objects.requireNonNull(trainedBy, "trainedBy");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    Objects.requireNonNull(trainedAt, "trainedAt");
    settings = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(settings)));
  }

  /** A provenance record. */
  public static ModelProvenance of(
      String trainedBy, String dataFingerprint, Instant trainedAt, Map<String, String> settings, long seed) {
    return new ModelProvenance(trainedBy, dataFingerprint, trainedAt, settings, seed);
  }
}
