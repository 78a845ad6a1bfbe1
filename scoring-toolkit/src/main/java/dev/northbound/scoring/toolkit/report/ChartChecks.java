package dev.northbound.scoring.toolkit.report;

import java.util.List;
import java.util.Objects;

/** Argument checks for chart data; every failure is a caller error with a message naming the field. */
final class ChartChecks {

  private ChartChecks() {}

  /** Copies {@code values} after checking it is non-null, long enough and finite throughout. */
  static double[] finite(double[] values, String name, int minLength) {
    Objects.requireNonNull(values, name);
    if (values.length < minLength) {
      throw new IllegalArgumentException(
          name + " must have at least " + minLength + " values, found " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, found " + values[i]);
      }
    }
    return values.clone();
  }

  /** Checks that two arrays are the same length. */
  static void sameLength(double[] a, String nameA, double[] b, String nameB) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          nameA + " and " + nameB + " must be the same length, found " + a.length + " and " + b.length);
    }
  }

  /** Checks that every value lies in {@code [0, 1]}. */
  static void unitInterval(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > 1) {
        throw new IllegalArgumentException(name + "[" + i + "] must lie in [0, 1], found " + values[i]);
      }
    }
  }

  /** Checks that no value is negative. */
  static void notNegative(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be negative, found " + values[i]);
      }
    }
  }

  /** Checks that values never decrease ({@code strict}: always increase). */
  static void ascending(double[] values, String name, boolean strict) {
    for (int i = 1; i < values.length; i++) {
      if (strict ? values[i] <= values[i - 1] : values[i] < values[i - 1]) {
        throw new IllegalArgumentException(
            name + " must be " + (strict ? "strictly increasing" : "non-decreasing") + " but falls at index " + i);
      }
    }
  }

  /** Copies a list of labels after checking it is non-null, of the expected size and null-free. */
  static List<String> labels(List<String> labels, String name, int expected) {
    List<String> copy = List.copyOf(Objects.requireNonNull(labels, name));
    if (copy.size() != expected) {
      throw new IllegalArgumentException(
          name + " must have " + expected + " entries, found " + copy.size());
    }
    return copy;
  }

  /** The largest value, or 0 when all are below 0 (charts that use it start their axis at zero). */
  static double max(double[] values) {
    double max = 0;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  /** Checks a title or axis label is non-null and not blank. */
  static String text(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }
}
