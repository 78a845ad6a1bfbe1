package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import dev.northbound.scoring.toolkit.evaluation.BandRange;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bins and score bands written as a modeller reads them: {@code [12, 24)}, {@code < 12},
 * {@code >= 24}, {@code missing}, a special value's name, a category group's label.
 */
final class DemoLabels {
  private DemoLabels() {}

  /** The label of a scorecard bin. */
  static String bin(Bin bin) {
    if (bin instanceof CellBin cell) {
      return bin(cell.first()) + CellBin.JOIN + bin(cell.second());
    }
    if (bin instanceof IntervalBin i) {
      return interval(i);
    }
    if (bin instanceof MissingBin) {
      return "missing";
    }
    if (bin instanceof SpecialValueBin s) {
      return s.name();
    }
    return ((CategoricalBin) bin).label();
  }

  private static String interval(IntervalBin i) {
    boolean noLower = i.lower() == Double.NEGATIVE_INFINITY;
    boolean noUpper = i.upper() == Double.POSITIVE_INFINITY;
    if (noLower && noUpper) {
      return "any value";
    }
    if (noLower) {
      return (i.upperClosed() ? "<= " : "< ") + number(i.upper());
    }
    if (noUpper) {
      return (i.lowerClosed() ? ">= " : "> ") + number(i.lower());
    }
    return (i.lowerClosed() ? "[" : "(") + number(i.lower()) + ", " + number(i.upper()) + (i.upperClosed() ? "]" : ")");
  }

  /** The label of a band of points (lower bound included, upper excluded), bounds to one decimal. */
  static String band(BandRange r) {
    if (r.lower().isEmpty() && r.upper().isEmpty()) {
      return "any score";
    }
    if (r.lower().isEmpty()) {
      return "< " + points(r.upper().getAsDouble());
    }
    if (r.upper().isEmpty()) {
      return ">= " + points(r.lower().getAsDouble());
    }
    return "[" + points(r.lower().getAsDouble()) + ", " + points(r.upper().getAsDouble()) + ")";
  }

  /** Points to one decimal: 528.5. */
  static String points(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  /** A number with at most four decimals and no trailing zeros: 12, 0.35, 583.2. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
