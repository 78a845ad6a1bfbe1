package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a decision needs, for consent and data minimisation: the policy's own features (and their
 * sources, from the standard catalogue; every source for a name outside it) plus what the models
 * declare ({@link ModelInfo#dataUse()}; every feature and source for a model that declares none).
 * Immutable in what it answers, and thread-safe: its one mutable field keeps the last audit indexes
 * worked out ({@link #auditIndexes}), which never changes an answer.
 */
final class DataNeeds {

  private final FeatureSchema schema;
  private final boolean[] policyFeatures;
  private final Set<DataSource> policySources;

  /** The audit indexes last worked out, and the models they were worked out for. */
  private volatile Kept last;

  private DataNeeds(FeatureSchema schema, boolean[] policyFeatures, Set<DataSource> policySources) {
    this.schema = schema;
    this.policyFeatures = policyFeatures;
    this.policySources = policySources;
  }

  static DataNeeds of(FeatureSchema schema, Collection<Integer> policyIndexes) {
    boolean[] mask = new boolean[schema.size()];
    EnumSet<DataSource> sources = EnumSet.noneOf(DataSource.class);
    for (int i : policyIndexes) {
      mask[i] = true;
      sources.addAll(FeatureSources.standard(schema.name(i)).orElse(EnumSet.allOf(DataSource.class)));
    }
    return new DataNeeds(schema, mask, Collections.unmodifiableSet(sources));
  }

  /** The sources of the policy's own features. */
  Set<DataSource> policySources() {
    return policySources;
  }

  /** The sources the decision needs with these models. */
  Set<DataSource> sources(List<ModelInfo> models) {
    EnumSet<DataSource> s = EnumSet.noneOf(DataSource.class);
    s.addAll(policySources);
    for (ModelInfo m : models) {
      s.addAll(m.dataUse().map(DataUse::sources).orElse(EnumSet.allOf(DataSource.class)));
    }
    return s;
  }

  /**
   * The features the audit keeps with these models, as a mask over the schema; empty when every
   * feature is kept (a model declares no data use). A declared name the schema lacks is ignored:
   * nothing of it can be audited.
   */
  Optional<boolean[]> auditMask(List<ModelInfo> models) {
    boolean[] keep = policyFeatures.clone();
    for (ModelInfo m : models) {
      if (m.dataUse().isEmpty()) {
        return Optional.empty();
      }
      for (String name : m.dataUse().get().features()) {
        OptionalInt i = schema.indexOf(name);
        if (i.isPresent()) {
          keep[i.getAsInt()] = true;
        }
      }
    }
    return Optional.of(keep);
  }

  /**
   * The schema indexes of {@link #auditMask}, in ascending order; empty when every feature is kept.
   * Decisions come one model (or one pair) after another, so the indexes of the models last asked
   * about are kept and given again while the models are the same instances: a {@link ModelInfo} is
   * immutable, so the same instances always give the same indexes. The kept arrays are never
   * written once made; any other models are worked out afresh (and kept in their place).
   */
  Optional<int[]> auditIndexes(List<ModelInfo> models) {
    Kept kept = last;
    if (kept != null && kept.isFor(models)) {
      return kept.indexes();
    }
    Optional<int[]> indexes = auditMask(models).map(DataNeeds::indexes);
    last = new Kept(models.toArray(new ModelInfo[0]), indexes);
    return indexes;
  }

  /** The indexes set in {@code mask}, ascending. */
  static int[] indexes(boolean[] mask) {
    int n = 0;
    for (boolean k : mask) {
      n += k ? 1 : 0;
    }
    int[] out = new int[n];
    int j = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        out[j++] = i;
      }
    }
    return out;
  }

  /** Audit indexes and the model instances they belong to; neither array is written once made. */
  private record Kept(ModelInfo[] models, Optional<int[]> indexes) {
    boolean isFor(List<ModelInfo> asked) {
      if (asked.size() != models.length) {
        return false;
      }
      for (int i = 0; i < models.length; i++) {
        if (asked.get(i) != models[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
