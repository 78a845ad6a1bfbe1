package dev.northbound.scoring.toolkit.report;

import java.util.Arrays;

/**
 * One named line of {@code (x, y)} points, for example a ROC curve. Points are drawn in the order
 * given.
 *
 * @param name the legend label, for example {@code "Capacity (AUC 0.781)"}
 * @param x the x coordinates, finite
 * @param y the y coordinates, finite, as many as {@code x}
 */
public record Series(String name, double[] x, double[] y) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the name is blank, there are fewer than two points, the
   *     arrays differ in length or a coordinate is NaN or infinite
   */
  public Series {
    ChartChecks.text(name, "name");
    x = ChartChecks.finite(x, "x", 2);
    y = ChartChecks.finite(y, "y", 2);
    ChartChecks.sameLength(x, "x", y, "y");
  }

  /** Creates a series; the arrays are copied. */
  public static Series of(String name, double[] x, double[] y) {
    return new Series(name, x, y);
  }

  /** The x coordinates (a copy). */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** The y coordinates (a copy). */
  @Override
  public double[] y() {
    return y.clone();
  }

  /** The number of points. */
  public int size() {
    return x.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Series that
        && name.equals(that.name)
        && Arrays.equals(x, that.x)
        && Arrays.equals(y, that.y);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[name=" + name + ", points=" + x.length + "]";
  }
}
