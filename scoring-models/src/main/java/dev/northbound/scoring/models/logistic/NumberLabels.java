package dev.northbound.scoring.models.logistic;

import java.math.BigDecimal;

/** Formatting of numbers for labels and reason codes. */
final class NumberLabels {
  private NumberLabels() {}

  /** A number without exponent or trailing zeros, at most 4 decimals, for example {@code 12.5}. */
  static String format(double v) {
    return new BigDecimal(Double.toString(v)).setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }
}
