package dev.northbound.scoring.toolkit.training;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link ScorecardAssembler} stamps on a trained scorecard besides the training itself: its
 * identity, who trained it and when, and extra provenance settings (for example the data file's
 * name and the target column).
 *
 * @param id the model id, not blank
 * @param version the model version, not blank
 * @param trainedBy the trainer, for example {@code "northbound train"}
 * @param trainedAt when it was trained (with {@code SOURCE_DATE_EPOCH} set, that instant)
 * @param settings extra provenance settings, merged with the training configuration's (copied)
 */
public record ModelIdentity(
    String id, String version, String trainedBy, Instant trainedAt, Map<String, String> settings) {

  /** Validates and copies. */
  public ModelIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(trainedBy, "trainedBy");
    Objects.requireNonNull(trainedAt, "trainedAt");
    if (id.isBlank() || version.isBlank() || trainedBy.isBlank()) {
      throw new IllegalArgumentException("id, version and trainedBy must not be blank");
    }
    settings = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(settings)));
  }

  /** An identity without extra settings. */
  public static ModelIdentity of(String id, String version, String trainedBy, Instant trainedAt) {
    return new ModelIdentity(id, version, trainedBy, trainedAt, Map.of());
  }
}
