package dev.northbound.scoring.models.logistic;

import dev.northbound.scoring.models.scorecard.RiskGrades;

import dev.northbound.scoring.models.scorecard.Scaling;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The definition of a {@link LogisticModel}: identity, intercept, inputs, scaling and grades.
 *
 * @param id the model id; not blank
 * @param version the model version; not blank
 * @param intercept the intercept {@code b0} of the log-odds of bad; finite
 * @param inputs the inputs, in the order their partial scores are reported; at least one, one per feature
 * @param scaling the points scaling
 * @param grades the grade bands on points
 */
public record LogisticConfig(
    String id, String version, double intercept, List<LogisticInput> inputs, Scaling scaling, RiskGrades grades) {

  /**
   * Validates the definition; the input list is copied.
   *
   * @throws IllegalArgumentException if a component is missing, blank or not finite, there is no
   *     input, or two inputs read the same feature
   */
  public LogisticConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(grades, "grades");
    inputs = List.copyOf(inputs);
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("model id and version must not be blank");
    }
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("intercept must be finite, found " + intercept);
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a logistic model needs at least one input");
    }
    Set<String> seen = new HashSet<>();
    for (LogisticInput in : inputs) {
      if (!seen.add(in.feature())) {
        throw new IllegalArgumentException("feature " + in.feature() + " is used by more than one input");
      }
    }
  }
}
