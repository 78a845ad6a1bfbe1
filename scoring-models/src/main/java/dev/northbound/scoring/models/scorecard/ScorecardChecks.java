package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.math.BigDecimal;

/** Shared checks and number formatting for the package. */
final class ScorecardChecks {

  private ScorecardChecks() {}

  /** {@code points}, if finite; else a failure at {@code pointer} (relative to the part checked). */
  static double finitePoints(double points, String pointer) {
    if (!Double.isFinite(points)) {
      throw new ModelDefinitionException(pointer, "must be a finite number of points", ModelDefinitionException.describe(points));
    }
    return points;
  }

  /** {@code value}, if not blank; else a failure at {@code pointer} (relative to the part checked). */
  static String text(String value, String pointer) {
    if (value == null || value.isBlank()) {
      throw new ModelDefinitionException(pointer, "must not be blank", value == null ? "nothing" : "a blank string");
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
