package dev.northbound.scoring.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a model came from, for the audit trail: who or what trained it, on which data, when, with
 * which settings and seed, and on which library version and JVM. Every {@link ScoringModel} has one.
 *
 * @param trainedBy the trainer or author, for example {@code "northbound train"}
 * @param dataFingerprint the fingerprint of the training data
 * @param trainedAt when it was trained
 * @param settings the training settings by name, sorted by name (copied)
 * @param seed the random seed
 * @param libraryVersion the version of the library that trained it, for example {@code
 *     "northbound 0.1.0"}; empty for a model that did not record it (a hand-built card, a file
 *     written before it was recorded)
 * @param jvm the Java runtime that trained it, for example {@code "Java 17.0.13+11 (Eclipse
 *     Adoptium)"}; empty when not recorded
 */
public record ModelProvenance(String trainedBy, String dataFingerprint, Instant trainedAt,
    Map<String, String> settings, long seed, Optional<String> libraryVersion, Optional<String> jvm) {

  /** Validates the components and copies the settings into name order. */
  public ModelProvenance {
    Objects.requireNonNull(trainedBy, "trainedBy");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    Objects.requireNonNull(trainedAt, "trainedAt");
    settings = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(settings)));
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(jvm, "jvm");
  }

  /** A provenance record that does not say which library version and JVM trained the model. */
  public static ModelProvenance of(
      String trainedBy, String dataFingerprint, Instant trainedAt, Map<String, String> settings, long seed) {
    return new ModelProvenance(trainedBy, dataFingerprint, trainedAt, settings, seed, Optional.empty(),
        Optional.empty());
  }

  /**
   * A provenance record of a model trained now, in this JVM, by this library: {@link
   * #libraryVersion} is {@link #LIBRARY} and {@link #jvm} describes the running Java runtime.
   */
  public static ModelProvenance ofThisRuntime(
      String trainedBy, String dataFingerprint, Instant trainedAt, Map<String, String> settings, long seed) {
    return new ModelProvenance(trainedBy, dataFingerprint, trainedAt, settings, seed, Optional.of(LIBRARY),
        Optional.of(thisJvm()));
  }

  /** This library's name and version, for example {@code "northbound 0.1.0"}. */
  public static final String LIBRARY = "northbound " + LibraryVersion.VERSION;

  /** The running Java runtime, for example {@code "Java 17.0.13+11 (Eclipse Adoptium)"}. */
  public static String thisJvm() {
    String vendor = System.getProperty("java.vendor", "unknown vendor");
    return "Java " + Runtime.version() + " (" + vendor + ")";
  }
}
