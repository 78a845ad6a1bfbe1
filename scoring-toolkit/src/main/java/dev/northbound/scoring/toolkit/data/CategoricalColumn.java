package dev.northbound.scoring.toolkit.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A categorical column: one integer code per row into a dictionary of distinct labels, {@code -1}
 * for a missing value. Immutable: the codes are copied in and out.
 *
 * @param name the column name, not blank
 * @param codes the code of each row, in {@code [-1, labels.size())}
 * @param labels the dictionary: distinct labels, code {@code i} stands for {@code labels.get(i)}
 */
public record CategoricalColumn(String name, int[] codes, List<String> labels) implements Column {

  /** The code of a missing value. */
  public static final int MISSING = -1;

  /** Validates and copies the codes and labels. */
  public CategoricalColumn {
    Columns.requireName(name);
    codes = Objects.requireNonNull(codes, "codes").clone();
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("column " + name + ": labels must be distinct");
    }
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < MISSING || codes[i] >= labels.size()) {
        throw new IllegalArgumentException(
            "column " + name + " row " + i + ": code must be in [-1, " + labels.size()
                + "); found " + codes[i]);
      }
    }
  }

  /** Creates a categorical column (copies are kept). */
  public static CategoricalColumn of(String name, int[] codes, List<String> labels) {
    return new CategoricalColumn(name, codes, labels);
  }

  /** A copy of the codes. */
  @Override
  public int[] codes() {
    return codes.clone();
  }

  /** The code at {@code row}, {@link #MISSING} when missing. */
  public int code(int row) {
    return codes[row];
  }

  @Override
  public int size() {
    return codes.length;
  }

  @Override
  public boolean isMissing(int row) {
    return codes[row] == MISSING;
  }

  @Override
  public CategoricalColumn select(int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = codes[rows[i]];
    }
    return new CategoricalColumn(name, out, labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CategoricalColumn other
        && name.equals(other.name)
        && labels.equals(other.labels)
        && Arrays.equals(codes, other.codes);
  }

  @Override
  public int hashCode() {
    return (31 * name.hashCode() + labels.hashCode()) * 31 + Arrays.hashCode(codes);
  }

  @Override
  public String toString() {
    return "CategoricalColumn[" + name + ", " + codes.length + " rows, " + labels.size()
        + " labels]";
  }
}
