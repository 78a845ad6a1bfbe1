package dev.northbound.scoring.toolkit.report;

import java.math.BigDecimal;

/**
 * Axis ticks on a "nice" 1-2-5 grid covering a data range, for example 0 to 0.87 gives 0, 0.2, ...,
 * 1.0. Ticks are exact decimals (built with {@link BigDecimal}), so they print without floating-point
 * noise.
 */
final class NiceScale {

  /** The number of intervals an axis aims for; the result has between about 3 and 10. */
  static final int TARGET_INTERVALS = 5;

  private NiceScale() {}

  /**
   * Ticks from a multiple of the step at or below {@code min} to one at or above {@code max}. A
   * degenerate range is widened: {@code [v, v]} by a tenth of {@code |v|} either side, and
   * {@code [0, 0]} to {@code [0, 1]}.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
   */
  static double[] ticks(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "axis range must be finite with min <= max, found [" + min + ", " + max + "]");
    }
    if (min == max) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      return ticks(min == 0 ? 0 : min - pad, max + pad);
    }
    double rough = (max - min) / TARGET_INTERVALS;
    int exponent = (int) Math.floor(Math.log10(rough));
    double fraction = rough / Math.pow(10, exponent);
    int mantissa;
    if (fraction <= 1 + 1e-9) {
      mantissa = 1;
    } else if (fraction <= 2 + 1e-9) {
      mantissa = 2;
    } else if (fraction <= 5 + 1e-9) {
      mantissa = 5;
    } else {
      mantissa = 1;
      exponent++;
    }
    double step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).doubleValue();
    long first = (long) Math.floor(min / step + 1e-9);
    long last = (long) Math.ceil(max / step - 1e-9);
    double[] ticks = new double[(int) (last - first + 1)];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = BigDecimal.valueOf((first + i) * mantissa).scaleByPowerOfTen(exponent).doubleValue();
    }
    return ticks;
  }

  /** The number of decimals needed to print the ticks exactly (0 for whole steps). */
  static int decimals(double[] ticks) {
    int decimals = 0;
    for (double tick : ticks) {
      decimals = Math.max(decimals, Math.max(0, BigDecimal.valueOf(tick).stripTrailingZeros().scale()));
    }
    return decimals;
  }
}
