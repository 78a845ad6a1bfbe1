package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order and labels a shape shows bins in: intervals from low to high, then special values and
 * category sets in the scorecard's order, then the missing bin.
 */
final class ShapeOrder {

  private ShapeOrder() {}

  /** The positions of {@code bins} in display order. */
  static int[] of(List<Bin> bins) {
    Comparator<Integer> order = Comparator.comparingInt((Integer i) -> rank(bins.get(i)))
        .thenComparingDouble(i -> bins.get(i) instanceof IntervalBin in ? in.lower() : 0)
        .thenComparing(i -> bins.get(i) instanceof IntervalBin in && !in.lowerClosed())
        .thenComparingInt(i -> i);
    return IntStream.range(0, bins.size()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
  }

  private static int rank(Bin bin) {
    if (bin instanceof IntervalBin) {
      return 0;
    }
    if (bin instanceof MissingBin) {
      return 2;
    }
    return 1;
  }

  static BinShape.Kind kind(Bin bin) {
    if (bin instanceof IntervalBin) {
      return BinShape.Kind.INTERVAL;
    }
    if (bin instanceof SpecialValueBin) {
      return BinShape.Kind.SPECIAL;
    }
    if (bin instanceof CategoricalBin) {
      return BinShape.Kind.CATEGORICAL;
    }
    if (bin instanceof MissingBin) {
      return BinShape.Kind.MISSING;
    }
    return BinShape.Kind.CELL;
  }

  /**
   * A bin as a modeller reads it: {@code < 12}, {@code [12, 24)}, {@code >= 24}, {@code all values},
   * {@code no history (= -1)}, a category set's label, {@code missing}; a cell joins its two axes.
   */
  static String label(Bin bin) {
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
      return in.label();
    }
    if (bin instanceof SpecialValueBin s) {
      return s.name() + " (= " + number(s.value()) + ")";
    }
    if (bin instanceof CellBin cell) {
      return label(cell.first()) + CellBin.JOIN + label(cell.second());
    }
    return bin.label();
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
