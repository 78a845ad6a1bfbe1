package dev.northbound.scoring.core.feature;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The features of one application under one schema: primitive values with explicit missingness. A
 * missing value is never a silent zero: {@link #isMissing(int)} says so and
 * {@link #missingReason(int)} says why.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeatureVector {

  private final FeatureSchema schema;
  private final double[] values;
  private final byte[] missing;

  private FeatureVector(FeatureSchema schema, double[] values, byte[] missing) {
    this.schema = schema;
    this.values = values;
    this.missing = missing;
  }

  /**
   * A vector from raw arrays (copied). {@code missing[i]} is 0 for present or a
   * {@link MissingReason#code()}.
   *
   * @throws IllegalArgumentException if the sizes differ from the schema, a present value is not
   *     finite, or a missing code is unknown
   */
  public static FeatureVector of(FeatureSchema schema, double[] values, byte[] missing) {
    Objects.requireNonNull(schema, "schema");
    if (values.length != schema.size() || missing.length != schema.size()) {
      throw new IllegalArgumentException("expected " + schema.size() + " values and missing codes, found "
          + values.length + " and " + missing.length);
    }
    double[] v = values.clone();
    byte[] m = missing.clone();
    for (int i = 0; i < v.length; i++) {
      if (m[i] == 0) {
        if (!Double.isFinite(v[i])) {
          throw new IllegalArgumentException(
              "feature " + schema.name(i) + " must be finite or explicitly missing, found " + v[i]);
        }
      } else {
        if (MissingReason.fromCode(m[i]).isEmpty()) {
          throw new IllegalArgumentException("feature " + schema.name(i) + " has unknown missing code " + m[i]);
        }
        v[i] = Double.NaN;
      }
    }
    return new FeatureVector(schema, v, m);
  }

  /** The schema the vector was built under. */
  public FeatureSchema schema() {
    return schema;
  }

  /** The number of features. */
  public int size() {
    return values.length;
  }

  /** Whether the value at {@code i} is missing. */
  public boolean isMissing(int i) {
    return missing[i] != 0;
  }

  /** Why the value at {@code i} is missing, or empty if it is present. */
  public Optional<MissingReason> missingReason(int i) {
    return MissingReason.fromCode(missing[i]);
  }

  /**
   * The value at {@code i}.
   *
   * @throws IllegalStateException if the value is missing
   */
  public double value(int i) {
    if (missing[i] != 0) {
      throw new IllegalStateException("feature " + schema.name(i) + " is missing");
    }
    return values[i];
  }

  /** The value of the named feature, or empty if it is missing. */
  public java.util.OptionalDouble get(String name) {
    int i = schema.indexOf(name).orElseThrow(
        () -> new IllegalArgumentException("schema has no feature named " + name));
    return missing[i] != 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(values[i]);
  }

  /** A copy of the values, {@code NaN} where missing. */
  public double[] toArray() {
    return values.clone();
  }

  /** Copies the values ({@code NaN} where missing) into {@code dest} from {@code offset}. */
  public void copyInto(double[] dest, int offset) {
    System.arraycopy(values, 0, dest, offset, values.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector other
        && schema.equals(other.schema)
        && Arrays.equals(values, other.values)
        && Arrays.equals(missing, other.missing);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * schema.hashCode() + Arrays.hashCode(values)) + Arrays.hashCode(missing);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FeatureVector{");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(schema.name(i)).append('=');
      sb.append(missing[i] != 0 ? "missing(" + missingReason(i).orElseThrow() + ")" : Double.toString(values[i]));
    }
    return sb.append('}').toString();
  }
}
