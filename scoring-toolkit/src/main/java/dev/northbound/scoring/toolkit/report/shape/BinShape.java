package dev.northbound.scoring.toolkit.report.shape;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One bin of a characteristic's shape: its label, the rows of the data that fall in it and how many
 * of them are bad, and the points it earns. For an interaction the bin is one cell, labelled with
 * its two axis labels joined by {@code " × "}.
 *
 * @param label the bin as a modeller reads it, for example {@code "< 12"}, {@code "[12, 24)"},
 *     {@code "no history (= -1)"} or {@code "missing"}
 * @param kind what kind of bin it is
 * @param rows the rows in the bin
 * @param bads the bad rows among them
 * @param points the points the bin earns
 */
public record BinShape(String label, Kind kind, long rows, long bads, double points) {

  /** The kinds of bin, in the order a shape shows them (cells stand alone). */
  public enum Kind {
    /** A numeric interval. */
    INTERVAL,
    /** An exact special value. */
    SPECIAL,
    /** A set of category codes. */
    CATEGORICAL,
    /** The missing value. */
    MISSING,
    /** A cell of an interaction. */
    CELL
  }

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if the label is blank, a count is negative, the bads exceed the
   *     rows or the points are not finite
   */
  public BinShape {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    if (rows < 0 || bads < 0 || bads > rows) {
      throw new IllegalArgumentException("bin " + label + " must have 0 <= bads <= rows, found "
          + bads + " bads in " + rows + " rows");
    }
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("bin " + label + " must have finite points, found " + points);
    }
  }

  /** The share of {@code total} rows in this bin (0 when {@code total} is 0). */
  public double share(long total) {
    return total == 0 ? 0 : (double) rows / total;
  }

  /** The bad rate of the bin; empty when the bin holds no row. */
  public OptionalDouble badRate() {
    return rows == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) bads / rows);
  }
}
