package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The audit entries of a vector's features, for one schema. Entries are immutable records, so the
 * common ones are built once per policy and shared by every decision: a missing feature's entry
 * (it depends only on the feature and the reason) and the entry of a value that is a whole number
 * from 0 to {@value #SMALL} - 1 (flags and counts, most of a credit vector). Other values get a new
 * entry per decision. Shared or not, an entry equals the one built from the same name and value.
 * Immutable and thread-safe.
 */
final class AuditedFeatures {

  /** Whole values below this are shared. */
  static final int SMALL = 16;

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private final String[] names;
  /** {@code missing[i][code]}: the entry of feature {@code i} missing with that code (index 0 unused). */
  private final AuditedFeature[][] missing;
  /** {@code small[i][k]}: the entry of feature {@code i} with value {@code k} (as a double, +0.0 for 0). */
  private final AuditedFeature[][] small;

  private AuditedFeatures(String[] names, AuditedFeature[][] missing, AuditedFeature[][] small) {
    this.names = names;
    this.missing = missing;
    this.small = small;
  }

  /** The entries for vectors of {@code schema}. */
  static AuditedFeatures of(FeatureSchema schema) {
    int codes = 0;
    for (MissingReason r : MissingReason.values()) {
      codes = Math.max(codes, r.code() + 1);
    }
    String[] names = new String[schema.size()];
    AuditedFeature[][] missing = new AuditedFeature[schema.size()][codes];
    AuditedFeature[][] small = new AuditedFeature[schema.size()][SMALL];
    for (int i = 0; i < names.length; i++) {
      names[i] = schema.name(i);
      for (MissingReason r : MissingReason.values()) {
        missing[i][r.code()] = new AuditedFeature(names[i], OptionalDouble.empty(), Optional.of(r));
      }
      for (int k = 0; k < SMALL; k++) {
        small[i][k] = present(names[i], k);
      }
    }
    return new AuditedFeatures(names, missing, small);
  }

  /**
   * Every feature of {@code vector}, in schema order: its value, or the reason it is missing.
   * The vector must be of this schema (same fingerprint, so the same names in the same order).
   */
  List<AuditedFeature> of(FeatureVector vector) {
    AuditedFeature[] out = new AuditedFeature[names.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = entry(vector, i);
    }
    return List.of(out);
  }

  /**
   * The features of {@code vector} at {@code kept}, schema indexes in ascending order as
   * {@link DataNeeds#auditIndexes} gives them (data minimisation: the audit keeps only what the
   * decision used).
   */
  List<AuditedFeature> of(FeatureVector vector, int[] kept) {
    AuditedFeature[] out = new AuditedFeature[kept.length];
    for (int j = 0; j < kept.length; j++) {
      out[j] = entry(vector, kept[j]);
    }
    return List.of(out);
  }

  private AuditedFeature entry(FeatureVector vector, int i) {
    if (vector.isMissing(i)) {
      return missing[i][vector.missingReason(i).orElseThrow().code()];
    }
    double v = vector.value(i);
    int k = (int) v;
    // Whole, in range, and not -0.0 (which OptionalDouble tells apart from +0.0).
    boolean shared = k == v && k >= 0 && k < SMALL && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO;
    return shared ? small[i][k] : present(names[i], v);
  }

  private static AuditedFeature present(String name, double value) {
    return new AuditedFeature(name, OptionalDouble.of(value), Optional.empty());
  }
}
