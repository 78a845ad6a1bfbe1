package dev.northbound.scoring.features.support;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sources of each feature of an extractor's schema, read once at construction, so that
 * {@link dev.northbound.scoring.core.feature.FeatureExtractor#sourcesOf(int)} is a lookup.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sources {

  private final List<Set<DataSource>> table;

  private Sources(List<Set<DataSource>> table) {
    this.table = table;
  }

  /**
   * The sources of a schema of standard features, from {@link FeatureSources#standard(String)}.
   *
   * @throws IllegalStateException if a feature is not in the standard table
   */
  public static Sources standard(FeatureSchema schema) {
    Objects.requireNonNull(schema, "schema");
    List<Set<DataSource>> t = new ArrayList<>(schema.size());
    for (int i = 0; i < schema.size(); i++) {
      String name = schema.definition(i).name();
      t.add(FeatureSources.standard(name).orElseThrow(
          () -> new IllegalStateException("feature " + name + " has no entry in the standard source table")));
    }
    return new Sources(List.copyOf(t));
  }

  /**
   * The sources of the given features, in schema order.
   *
   * @throws IllegalArgumentException if the counts differ
   */
  public static Sources of(FeatureSchema schema, List<Set<DataSource>> sources) {
    if (sources.size() != schema.size()) {
      throw new IllegalArgumentException("expected the sources of " + schema.size() + " features, found "
          + sources.size());
    }
    List<Set<DataSource>> t = new ArrayList<>(sources.size());
    for (Set<DataSource> s : sources) {
      t.add(java.util.Collections.unmodifiableSet(s.isEmpty() ? java.util.EnumSet.noneOf(DataSource.class)
          : java.util.EnumSet.copyOf(s)));
    }
    return new Sources(List.copyOf(t));
  }

  /**
   * The sources of feature {@code feature}; unmodifiable.
   *
   * @throws IndexOutOfBoundsException if there is no such feature
   */
  public Set<DataSource> of(int feature) {
    return table.get(Objects.checkIndex(feature, table.size()));
  }
}
