package dev.northbound.scoring.features.support;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds an extractor's schema feature by feature, in the order the extractor writes them.
 *
 * <p>Not thread-safe; used once, at construction.
 */
public final class SchemaBuilder {

  private final List<FeatureDefinition> definitions = new ArrayList<>();
  private FeatureGroup group;

  private SchemaBuilder() {}

  /** An empty builder. */
  public static SchemaBuilder create() {
    return new SchemaBuilder();
  }

  /** Sets the group of the features added next. */
  public SchemaBuilder group(FeatureGroup next) {
    this.group = Objects.requireNonNull(next, "group");
    return this;
  }

  /**
   * Adds a feature to the current group.
   *
   * @throws IllegalStateException if no group was set
   */
  public SchemaBuilder add(String name, String unit, RiskDirection direction, String description) {
    if (group == null) {
      throw new IllegalStateException("set a group before adding feature " + name);
    }
    definitions.add(new FeatureDefinition(name, description, unit, group, direction));
    return this;
  }

  /** The schema. */
  public FeatureSchema build() {
    return FeatureSchema.of(definitions);
  }
}
