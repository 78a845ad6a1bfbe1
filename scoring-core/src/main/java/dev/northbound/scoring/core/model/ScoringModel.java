package dev.northbound.scoring.core.model;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;

/**
 * A model that scores feature vectors of one schema. Open for banks to implement.
 *
 * <p>Implementations must be immutable and thread-safe: load once, share across threads.
 */
public interface ScoringModel {

  /** The model's id, version and schema fingerprint. */
  ModelInfo info();

  /**
   * Where the model came from (trainer, settings, seed, data fingerprint, training time, library
   * version and JVM where recorded), for the audit trail and model validation.
   */
  ModelProvenance provenance();

  /** The schema the model was built for. */
  FeatureSchema schema();

  /** The risk grades, best first; {@link ScoreHolder#grade()} indexes this list. */
  java.util.List<String> grades();

  /** The lowest score the model can give. */
  double minScore();

  /** The highest score the model can give. */
  double maxScore();

  /**
   * Scores a vector with its full explanation.
   *
   * @throws dev.northbound.scoring.core.InvalidInputException if the vector's schema fingerprint is
   *     not the model's
   */
  ScoreResult score(FeatureVector vector);

  /**
   * The hot path: scores {@code values} (in the model's schema order, {@code NaN} for missing) into
   * a caller-owned holder without allocating.
   *
   * @throws IllegalArgumentException if {@code values} has the wrong length or the holder is too small
   */
  void score(double[] values, ScoreHolder out);

  /** A holder sized for this model. */
  ScoreHolder newHolder();
}
