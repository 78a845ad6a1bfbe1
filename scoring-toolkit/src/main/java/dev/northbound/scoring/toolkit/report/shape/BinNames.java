package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A scorecard bin as a modeller reads it in a report: {@code < 12}, {@code [12, 24)},
 * {@code >= 24}, {@code all values}, {@code no history (= -1)}, a category set's label,
 * {@code missing}; an interaction's cell joins its two axes with {@value CellBin#JOIN}. Numbers show
 * at most 4 decimals (the model file keeps every cut exactly). Stateless.
 */
public final class BinNames {

  private BinNames() {}

  /** The bin's name for a report. */
  public static String of(Bin bin) {
    if (bin instanceof IntervalBin in) {
      boolean openBelow = Double.isInfinite(in.lower());
      boolean openAbove = Double.isInfinite(in.upper());
      if (openBelow && openAbove) {
        return "all values";
      }
      if (openBelow) {
        return (in.upperClosed() ? "<= " : "< ") + number(in.upper());
      }
      if (openAbove) {
        return (in.lowerClosed() ? ">= " : "> ") + number(in.lower());
      }
      return (in.lowerClosed() ? "[" : "(") + number(in.lower()) + ", " + number(in.upper())
          + (in.upperClosed() ? "]" : ")");
    }
    if (bin instanceof SpecialValueBin s) {
      return s.name() + " (= " + number(s.value()) + ")";
    }
    if (bin instanceof CellBin cell) {
      return of(cell.first()) + CellBin.JOIN + of(cell.second());
    }
    return bin.label();
  }

  /** A whole number as is; else at most 4 decimals, half to even, without trailing zeros. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
