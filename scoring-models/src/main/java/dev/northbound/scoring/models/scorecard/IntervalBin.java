package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;

/**
 * A numeric interval with explicit open or closed ends. An infinite end is always open.
 *
 * @param lower the lower end, possibly {@link Double#NEGATIVE_INFINITY}
 * @param lowerClosed whether {@code lower} itself is in the interval
 * @param upper the upper end, possibly {@link Double#POSITIVE_INFINITY}
 * @param upperClosed whether {@code upper} itself is in the interval
 * @param points the points earned
 */
public record IntervalBin(double lower, boolean lowerClosed, double upper, boolean upperClosed, double points)
    implements Bin {

  /**
   * Validates the interval.
   *
   * @throws ModelDefinitionException if an end is NaN, an infinite end is closed, the interval is
   *     empty, or the points are not finite
   */
  public IntervalBin {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      throw new ModelDefinitionException(Double.isNaN(lower) ? "/lower" : "/upper", "must not be NaN", "NaN");
    }
    if ((Double.isInfinite(lower) && lowerClosed) || (Double.isInfinite(upper) && upperClosed)) {
      throw new ModelDefinitionException(Double.isInfinite(lower) && lowerClosed ? "/lowerClosed" : "/upperClosed",
          "must be false at an infinite end", "a closed infinite end in " + label(lower, lowerClosed, upper, upperClosed));
    }
    if (!(lower < upper || (lower == upper && lowerClosed && upperClosed))) {
      throw new ModelDefinitionException("", "an interval bin must not be empty",
          "the empty interval " + label(lower, lowerClosed, upper, upperClosed));
    }
    ScorecardChecks.finitePoints(points, "/points");
  }

  /** Whether {@code value} lies in the interval ({@code false} for NaN). */
  public boolean contains(double value) {
    boolean aboveLower = lowerClosed ? value >= lower : value > lower;
    boolean belowUpper = upperClosed ? value <= upper : value < upper;
    return aboveLower && belowUpper;
  }

  /** The interval in mathematical notation, for example {@code "[0, 0.3)"} or {@code "(-inf, 2]"}. */
  @Override
  public String label() {
    return label(lower, lowerClosed, upper, upperClosed);
  }

  private static String label(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    return (lowerClosed ? "[" : "(") + ScorecardChecks.number(lower) + ", " + ScorecardChecks.number(upper) + (upperClosed ? "]" : ")");
  }
}
