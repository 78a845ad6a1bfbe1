package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A column-wise data set: named {@link Column}s of equal length, a binary target ({@code true}
 * = bad) and a positive weight per row. A data set made without weights has every weight 1 and is
 * not {@link #weighted()}; the WoE trainer then counts rows, and with weights it sums them (a row
 * of weight {@code w} counts as {@code w} rows). Immutable and thread-safe; columns, target and
 * weights are copied in and out.
 */
public final class Dataset {

  private final List<Column> columns;
  private final boolean[] bad;
  /** The weights, or {@code null} when every weight is 1 and the data set is not weighted. */
  private final double[] weights;

  private Dataset(List<Column> columns, boolean[] bad, double[] weights) {
    this.columns = columns;
    this.bad = bad;
    this.weights = weights;
  }

  /**
   * Creates a data set.
   *
   * @param columns the characteristics, with distinct names and {@code bad.length} rows each
   * @param bad the target of each row, {@code true} for bad
   * @return the data set
   * @throws IllegalArgumentException if names repeat or sizes differ
   */
  public static Dataset of(List<? extends Column> columns, boolean[] bad) {
    List<Column> copy = List.copyOf(columns);
    boolean[] target = Objects.requireNonNull(bad, "bad").clone();
    Set<String> names = new HashSet<>();
    for (Column column : copy) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("column names must be distinct; " + column.name()
            + " repeats");
      }
      if (column.size() != target.length) {
        throw new IllegalArgumentException("column " + column.name() + " must have "
            + target.length + " rows; found " + column.size());
      }
    }
    return new Dataset(copy, target, null);
  }

  /**
   * Creates a weighted data set.
   *
   * @param columns the characteristics, with distinct names and {@code bad.length} rows each
   * @param bad the target of each row, {@code true} for bad
   * @param weights the weight of each row, finite and greater than 0
   * @return the data set, {@link #weighted()} even when every weight is 1
   * @throws IllegalArgumentException if names repeat or sizes differ
   * @throws InvalidInputException at {@code /weights/<row>} if a weight is not finite and positive
   */
  public static Dataset of(List<? extends Column> columns, boolean[] bad, double[] weights) {
    Dataset unweighted = of(columns, bad);
    double[] copy = Objects.requireNonNull(weights, "weights").clone();
    if (copy.length != unweighted.bad.length) {
      throw new IllegalArgumentException("the weights must have " + unweighted.bad.length
          + " rows; found " + copy.length);
    }
    for (int r = 0; r < copy.length; r++) {
      if (!(Double.isFinite(copy[r]) && copy[r] > 0)) {
        throw new InvalidInputException("/weights/" + r, "a weight must be finite and greater"
            + " than 0", String.valueOf(copy[r]));
      }
    }
    return new Dataset(unweighted.columns, unweighted.bad, copy);
  }

  /** The number of rows. */
  public int rows() {
    return bad.length;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The column called {@code name}, if any. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** A copy of the target, {@code true} for bad. */
  public boolean[] bad() {
    return bad.clone();
  }

  /** Whether row {@code row} is bad. */
  public boolean isBad(int row) {
    return bad[row];
  }

  /** Whether the data set was made with weights (even if they are all 1). */
  public boolean weighted() {
    return weights != null;
  }

  /** A copy of the weights, one per row; all 1 when the data set is not weighted. */
  public double[] weights() {
    if (weights == null) {
      double[] ones = new double[bad.length];
      Arrays.fill(ones, 1.0);
      return ones;
    }
    return weights.clone();
  }

  /** The weight of row {@code row}, 1 when the data set is not weighted. */
  public double weight(int row) {
    if (weights == null) {
      Objects.checkIndex(row, bad.length);
      return 1.0;
    }
    return weights[row];
  }

  /** The number of bad rows. */
  public int badCount() {
    int n = 0;
    for (boolean b : bad) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** The data set restricted to the given rows, in that order, with their weights. */
  public Dataset select(int[] rows) {
    boolean[] target = new boolean[rows.length];
    double[] selected = weights == null ? null : new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      target[i] = bad[rows[i]];
      if (selected != null) {
        selected[i] = weights[rows[i]];
      }
    }
    return new Dataset(columns.stream().map(c -> c.select(rows)).toList(), target, selected);
  }

  /**
   * The data set without the named columns (names that are absent are ignored).
   *
   * @param names the columns to drop
   * @return a data set with the remaining columns, in order
   */
  public Dataset without(Set<String> names) {
    return new Dataset(columns.stream().filter(c -> !names.contains(c.name())).toList(), bad,
        weights);
  }

  /**
   * A SHA-256 fingerprint (64 lowercase hex digits) of the whole content: column order, names,
   * types, values (NaN canonicalised), dictionaries, target and, only when {@link #weighted()},
   * the weights (so an unweighted data set keeps the fingerprint it had before weights existed).
   * Equal data sets have equal fingerprints; it is meant for provenance.
   */
  public String fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
    ByteBuffer buffer = ByteBuffer.allocate(8);
    putInt(digest, buffer, columns.size());
    putInt(digest, buffer, bad.length);
    for (Column column : columns) {
      putString(digest, buffer, column.name());
      if (column instanceof NumericColumn numeric) {
        digest.update((byte) 'N');
        for (int i = 0; i < numeric.size(); i++) {
          buffer.clear();
          digest.update(buffer.putLong(Double.doubleToLongBits(numeric.value(i))).array());
        }
      } else if (column instanceof CategoricalColumn categorical) {
        digest.update((byte) 'C');
        putInt(digest, buffer, categorical.labels().size());
        for (String label : categorical.labels()) {
          putString(digest, buffer, label);
        }
        for (int i = 0; i < categorical.size(); i++) {
          putInt(digest, buffer, categorical.code(i));
        }
      }
    }
    for (boolean b : bad) {
      digest.update((byte) (b ? 1 : 0));
    }
    if (weights != null) {
      digest.update((byte) 'W');
      for (double w : weights) {
        buffer.clear();
        digest.update(buffer.putLong(Double.doubleToLongBits(w)).array());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void putInt(MessageDigest digest, ByteBuffer buffer, int value) {
    buffer.clear();
    digest.update(buffer.putInt(value).array(), 0, 4);
  }

  private static void putString(MessageDigest digest, ByteBuffer buffer, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    putInt(digest, buffer, bytes.length);
    digest.update(bytes);
  }

  @Override
  public String toString() {
    return "Dataset[" + columns.size() + " columns, " + bad.length + " rows, " + badCount()
        + " bad" + (weights == null ? "" : ", weighted") + "]";
  }
}
