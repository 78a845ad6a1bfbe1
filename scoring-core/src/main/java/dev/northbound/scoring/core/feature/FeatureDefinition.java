package dev.northbound.scoring.core.feature;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One feature's definition: a stable name, what it means, its unit, its group and the direction in
 * which risk is expected to rise.
 *
 * @param name stable snake_case name, for example {@code "dti_ratio"}
 * @param description the definition in one or two sentences
 * @param unit the unit, for example {@code "ratio"}, {@code "months"}, {@code "CNY"}, {@code "count"}, {@code "flag"}
 * @param group the family
 * @param riskDirection how risk moves as the value rises
 */
public record FeatureDefinition(
    String name, String description, String unit, FeatureGroup group, RiskDirection riskDirection) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /**
   * Validates the definition.
   *
   * @throws IllegalArgumentException if the name is not snake_case of at most 64 characters, or the
   *     description or unit is blank
   */
  public FeatureDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(riskDirection, "riskDirection");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("feature name must match " + NAME + ", found \"" + name + "\"");
    }
    if (description.isBlank() || unit.isBlank()) {
      throw new IllegalArgumentException("feature " + name + " needs a description and a unit");
    }
  }
}
