package dev.northbound.scoring.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A score with its explanation.
 *
 * @param model the model that produced it
 * @param points the score in points (finite)
 * @param probabilityOfDefault the calibrated probability of default, in (0, 1)
 * @param grade the risk grade, for example {@code "B"}
 * @param partialScores the points of every characteristic, in the model's order
 * @param reasonCodes the ranked reason codes, most important first
 */
public record ScoreResult(
    ModelInfo model,
    double points,
    double probabilityOfDefault,
    String grade,
    List<PartialScore> partialScores,
    List<ReasonCode> reasonCodes) {

  /** Validates the components; lists are copied. */
  public ScoreResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(grade, "grade");
    partialScores = List.copyOf(partialScores);
    reasonCodes = List.copyOf(reasonCodes);
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("points must be finite, found " + points);
    }
    if (!(probabilityOfDefault >= 0 && probabilityOfDefault <= 1)) {
      throw new IllegalArgumentException("probabilityOfDefault must be in [0, 1], found " + probabilityOfDefault);
    }
  }
}
