package dev.northbound.scoring.models.scorecard;

import java.util.List;

/**
 * One bin of a characteristic: the values it holds and the points they earn. A characteristic's
 * bins hold every value exactly once: one {@link MissingBin}, any {@link SpecialValueBin}s and
 * {@link CategoricalBin}s (exact values, matched first), and {@link IntervalBin}s that tile
 * {@code (-inf, +inf)} for everything else. An interaction characteristic's bins are
 * {@link CellBin}s instead: the product of one such set of bins for each of its two features.
 *
 * <p>Bins are immutable values.
 */
public sealed interface Bin permits IntervalBin, MissingBin, SpecialValueBin, CategoricalBin, CellBin {

  /** The points a value in this bin earns (finite). */
  double points();

  /** A short label for partial scores and PMML, for example {@code "[0, 0.3)"} or {@code "missing"}. */
  String label();

  /**
   * An interval with explicit ends; use {@link Double#NEGATIVE_INFINITY} or
   * {@link Double#POSITIVE_INFINITY} (always open) for an unbounded end.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if an end is NaN, an infinite end is
   *     closed, the interval is empty, or the points are not finite
   */
  static IntervalBin interval(double lower, boolean lowerClosed, double upper, boolean upperClosed, double points) {
    return new IntervalBin(lower, lowerClosed, upper, upperClosed, points);
  }

  /** The interval {@code [lower, upper)}; an infinite end is made open. */
  static IntervalBin closedOpen(double lower, double upper, double points) {
    return new IntervalBin(lower, !Double.isInfinite(lower), upper, false, points);
  }

  /** The interval {@code (lower, upper]}; an infinite end is made open. */
  static IntervalBin openClosed(double lower, double upper, double points) {
    return new IntervalBin(lower, false, upper, !Double.isInfinite(upper), points);
  }

  /** The bin for a missing value. */
  static MissingBin missing(double points) {
    return new MissingBin(points);
  }

  /** A special value, matched exactly before any interval, for example {@code -1} named "no history". */
  static SpecialValueBin special(double value, String name, double points) {
    return new SpecialValueBin(value, name, points);
  }

  /** A set of category codes, matched exactly before any interval, with a label. */
  static CategoricalBin categorical(String label, List<Double> codes, double points) {
    return new CategoricalBin(label, codes, points);
  }
}
