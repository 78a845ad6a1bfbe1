package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The range of one band: {@code lower <= value < upper}; an empty bound is unbounded.
 *
 * @param lower the inclusive lower bound; empty for the lowest band
 * @param upper the exclusive upper bound; empty for the highest band
 */
public record BandRange(OptionalDouble lower, OptionalDouble upper) {

  /** Checks that the bounds are finite and ordered. */
  public BandRange {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    EvaluationChecks.require(lower.isEmpty() || Double.isFinite(lower.getAsDouble()), "lower must be finite");
    EvaluationChecks.require(upper.isEmpty() || Double.isFinite(upper.getAsDouble()), "upper must be finite");
    EvaluationChecks.require(lower.isEmpty() || upper.isEmpty()
        || lower.getAsDouble() < upper.getAsDouble(), "lower must be below upper");
  }

  /** A label such as {@code "[520.0, 540.0)"}, with {@code -inf} and {@code +inf} for open ends. */
  @Override
  public String toString() {
    return "[" + (lower.isPresent() ? Double.toString(lower.getAsDouble()) : "-inf") + ", "
        + (upper.isPresent() ? Double.toString(upper.getAsDouble()) : "+inf") + ")";
  }
}
