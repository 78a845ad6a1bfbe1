package dev.northbound.scoring.toolkit.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A numeric column: one {@code double} per row, {@code NaN} for a missing value. Infinite values
 * are rejected. Immutable: the array is copied in and out.
 *
 * @param name the column name, not blank
 * @param values the values, NaN for missing
 */
public record NumericColumn(String name, double[] values) implements Column {

  /** Validates and copies the values. */
  public NumericColumn {
    Columns.requireName(name);
    values = Objects.requireNonNull(values, "values").clone();
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "column " + name + " row " + i + ": values must be finite or NaN; found an infinity");
      }
    }
  }

  /** Creates a numeric column (a copy of {@code values} is kept). */
  public static NumericColumn of(String name, double... values) {
    return new NumericColumn(name, values);
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The value at {@code row}, NaN when missing. */
  public double value(int row) {
    return values[row];
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(values[row]);
  }

  @Override
  public NumericColumn select(int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return new NumericColumn(name, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumericColumn other
        && name.equals(other.name)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "NumericColumn[" + name + ", " + values.length + " rows]";
  }
}
