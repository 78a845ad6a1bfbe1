package dev.northbound.scoring.core.feature;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A caller-owned, reusable buffer that extractors write into and models read from on the hot path.
 * A missing value is stored as {@code NaN} in {@link #values()} with its reason's code in
 * {@link #missingCodes()}; a present value is always finite.
 *
 * <p>Not thread-safe: give each thread its own buffer.
 */
public final class FeatureBuffer {

  private final FeatureSchema schema;
  private final double[] values;
  private final byte[] missing;

  private FeatureBuffer(FeatureSchema schema) {
    this.schema = schema;
    this.values = new double[schema.size()];
    this.missing = new byte[schema.size()];
    clear();
  }

  /** A buffer for the given schema, every value missing ({@link MissingReason#UNAVAILABLE}). */
  public static FeatureBuffer of(FeatureSchema schema) {
    return new FeatureBuffer(Objects.requireNonNull(schema, "schema"));
  }

  /** The schema. */
  public FeatureSchema schema() {
    return schema;
  }

  /** Marks every value missing ({@link MissingReason#UNAVAILABLE}). */
  public void clear() {
    Arrays.fill(values, Double.NaN);
    Arrays.fill(missing, MissingReason.UNAVAILABLE.code());
  }

  /**
   * Sets a present value.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public void set(int i, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "feature " + schema.name(i) + " must be finite or explicitly missing, found " + value);
    }
    values[i] = value;
    missing[i] = 0;
  }

  /** Marks a value missing for the given reason. */
  public void setMissing(int i, MissingReason reason) {
    values[i] = Double.NaN;
    missing[i] = reason.code();
  }

  /** Whether the value at {@code i} is missing. */
  public boolean isMissing(int i) {
    return missing[i] != 0;
  }

  /** The value at {@code i}; {@code NaN} if missing. */
  public double value(int i) {
    return values[i];
  }

  /** Why the value at {@code i} is missing, or empty if it is present. */
  public Optional<MissingReason> missingReason(int i) {
    return MissingReason.fromCode(missing[i]);
  }

  /**
   * The backing values, for the hot path: {@code NaN} marks a missing value. Read it; write through
   * {@link #set} and {@link #setMissing}.
   */
  public double[] values() {
    return values;
  }

  /** The backing missing codes ({@code 0} for present), for the hot path. */
  public byte[] missingCodes() {
    return missing;
  }

  /** An immutable snapshot. */
  public FeatureVector toVector() {
    return FeatureVector.of(schema, values, missing);
  }
}
