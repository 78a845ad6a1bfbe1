package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.Objects;

/**
 * One exact value with a meaning of its own (for example {@code -1} for "no history"), matched
 * before any interval.
 *
 * @param value the exact value (finite)
 * @param name what the value means, shown as the bin label and as the applicant's value
 * @param points the points earned
 */
public record SpecialValueBin(double value, String name, double points) implements Bin {

  /**
   * Validates the bin.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the value or points are not
   *     finite or the name is blank
   */
  public SpecialValueBin {
    Objects.requireNonNull(name, "name");
    ScorecardChecks.text(name, "/name");
    if (!Double.isFinite(value)) {
      throw new dev.northbound.scoring.core.ModelDefinitionException("/value", "must be finite",
          ModelDefinitionException.describe(value));
    }
    ScorecardChecks.finitePoints(points, "/points");
  }

  /** The name. */
  @Override
  public String label() {
    return name;
  }
}
