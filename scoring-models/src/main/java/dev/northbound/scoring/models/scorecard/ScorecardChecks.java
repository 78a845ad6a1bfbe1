package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.math.BigDecimal;

/** Shared checks and number formatting for the package. */
final class ScorecardChecks {

  private ScorecardChecks() {}

  static double finitePoints(double points, String where) {
    if (!Double.isFinite(points)) {
      throw new ModelDefinitionException(where + ": points must be finite, found " + describe(points));
    }
    return points;
  }

  static String describe(double v) {
    return Double.isNaN(v) ? "NaN" : v > 0 ? "+infinity" : "-infinity";
  }

  static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new ModelDefinitionException(what + " must not be blank");
    }
    return value;
  }

  /** The shortest decimal that reads back as {@code v}, without exponent; infinities as {@code -inf}/{@code +inf}. */
  static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
