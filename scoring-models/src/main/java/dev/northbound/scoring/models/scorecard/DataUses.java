package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What models read, for data minimisation: the data use of a set of features, of a model, and the
 * union over the several models a decision uses. A bank reads a credit file restricted to the
 * union's {@link DataUse#sources() sources} and keeps only its {@link DataUse#features() features}.
 *
 * <p>The sources of a feature are those of the standard catalogue ({@link FeatureSources#standard}).
 * A feature outside the catalogue (a model trained on a table, a bank's own extractor) has no known
 * sources, so it is taken to read every {@link DataSource}: minimisation is conservative and never
 * drops data a model might need. A scorecard file can instead declare its sources
 * ({@code dataSources}, docs/model-format.md).
 */
public final class DataUses {

  private DataUses() {}

  /**
   * The data use of {@code features} of {@code schema}: the features in schema order without
   * repeats, and the union of their standard sources (every source for a feature outside the
   * standard catalogue).
   *
   * @throws IllegalArgumentException if a feature is not in the schema
   */
  public static DataUse of(FeatureSchema schema, Collection<String> features) {
    Objects.requireNonNull(schema, "schema");
    List<String> ordered = inSchemaOrder(schema, features);
    EnumSet<DataSource> sources = EnumSet.noneOf(DataSource.class);
    for (String f : ordered) {
      sources.addAll(FeatureSources.standard(f).orElse(EnumSet.allOf(DataSource.class)));
    }
    return new DataUse(ordered, sources);
  }

  /**
   * What {@code model} reads: its declared data use, or, when it declares none, every feature of its
   * schema and every source.
   */
  public static DataUse of(ScoringModel model) {
    Objects.requireNonNull(model, "model");
    return model.info().dataUse().orElseGet(() -> {
      FeatureSchema schema = model.schema();
      List<String> all = new ArrayList<>(schema.size());
      for (int i = 0; i < schema.size(); i++) {
        all.add(schema.name(i));
      }
      return new DataUse(all, EnumSet.allOf(DataSource.class));
    });
  }

  /**
   * What the given models read together ({@link #of(ScoringModel)} of each): the union of their
   * features and of their sources. The features are in schema order when the models share a schema,
   * otherwise in order of first appearance (model by model). No models read nothing.
   */
  public static DataUse union(List<? extends ScoringModel> models) {
    Objects.requireNonNull(models, "models");
    LinkedHashSet<String> features = new LinkedHashSet<>();
    EnumSet<DataSource> sources = EnumSet.noneOf(DataSource.class);
    for (ScoringModel m : models) {
      DataUse use = of(m);
      features.addAll(use.features());
      sources.addAll(use.sources());
    }
    List<String> ordered = new ArrayList<>(features);
    if (!models.isEmpty() && models.stream().map(m -> m.schema().fingerprint()).distinct().count() == 1) {
      FeatureSchema schema = models.get(0).schema();
      ordered.sort(Comparator.comparingInt(f -> schema.indexOf(f).orElse(Integer.MAX_VALUE)));
    }
    return new DataUse(ordered, sources);
  }

  /** {@link #union(List)} of the given models. */
  public static DataUse union(ScoringModel... models) {
    return union(List.of(models));
  }

  /** {@code features} in schema order, without repeats. */
  static List<String> inSchemaOrder(FeatureSchema schema, Collection<String> features) {
    Set<String> distinct = new LinkedHashSet<>(features);
    List<String> ordered = new ArrayList<>(distinct.size());
    for (String f : distinct) {
      if (schema.indexOf(Objects.requireNonNull(f, "feature")).isEmpty()) {
        throw new IllegalArgumentException("feature " + f + " is not in schema "
            + schema.fingerprint().substring(0, 12));
      }
      ordered.add(f);
    }
    ordered.sort(Comparator.comparingInt(f -> schema.indexOf(f).getAsInt()));
    return ordered;
  }
}
