package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One decoded row, reused from record to record by one thread: the model's input values (a {@link
 * FeatureBuffer} in the model's schema, {@code NaN} for missing), the outcome, the month of the
 * application ({@code yyyymm}, or none) and a segment label (or none). Mutable and not
 * thread-safe, like {@link FeatureBuffer}.
 */
public final class Row {

  private static final int MAX_SEGMENT_LENGTH = 64;

  private final FeatureBuffer features;
  private PerformanceOutcome outcome;
  private int month;
  private String segment;

  private Row(FeatureSchema schema) {
    this.features = FeatureBuffer.of(schema);
    clear();
  }

  /** A row for the given model schema. */
  public static Row of(FeatureSchema schema) {
    return new Row(Objects.requireNonNull(schema, "schema"));
  }

  /** Resets every value to missing and the outcome, month and segment to unset. */
  public void clear() {
    features.clear();
    outcome = null;
    month = 0;
    segment = null;
  }

  /** The feature buffer to fill, in the model's schema. */
  public FeatureBuffer features() {
    return features;
  }

  /** Sets the outcome. */
  public void outcome(PerformanceOutcome value) {
    this.outcome = Objects.requireNonNull(value, "outcome");
  }

  /** The outcome, empty until set. */
  public Optional<PerformanceOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Sets the month, coded {@code yyyymm}.
   *
   * @throws IllegalArgumentException if it is not a month from 0001-01 to 9999-12
   */
  public void month(int yyyymm) {
    if (yyyymm < 101 || yyyymm > 999912 || yyyymm % 100 < 1 || yyyymm % 100 > 12) {
      throw new IllegalArgumentException("month must be coded yyyymm, found " + yyyymm);
    }
    this.month = yyyymm;
  }

  /** The month coded {@code yyyymm}, or 0 if none was set. */
  public int month() {
    return month;
  }

  /**
   * Sets the segment label (an aggregate group such as a product or region, never personal data).
   *
   * @throws IllegalArgumentException if it is blank or longer than 64 characters
   */
  public void segment(String label) {
    Objects.requireNonNull(label, "segment");
    if (label.isBlank() || label.length() > MAX_SEGMENT_LENGTH) {
      throw new IllegalArgumentException("segment must be 1 to 64 characters, found " + label.length());
    }
    this.segment = label;
  }

  /** The segment label, empty if none was set. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }
}
