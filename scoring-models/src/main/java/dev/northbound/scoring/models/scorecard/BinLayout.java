package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The rules a characteristic's bins must keep: one missing bin, exact values that do not repeat, and
 * intervals that tile {@code (-inf, +inf)}. The hot path's compiled form is {@link BinTable}.
 *
 * <p>Stateless.
 */
final class BinLayout {

  /** Intervals by lower end, a closed lower end before an open one at the same value. */
  static final Comparator<IntervalBin> INTERVAL_ORDER =
      Comparator.comparingDouble(IntervalBin::lower).thenComparing(b -> !b.lowerClosed());

  private BinLayout() {}

  /**
   * Checks that {@code bins} hold every value exactly once.
   *
   * @throws ModelDefinitionException at {@code /bins} or {@code /bins/<index>} (relative to the
   *     characteristic), naming the bins at fault
   */
  static void check(List<Bin> bins) {
    int missing = 0;
    Map<Double, Integer> exact = new HashMap<>();
    Map<IntervalBin, Integer> index = new IdentityHashMap<>();
    List<IntervalBin> intervals = new ArrayList<>();
    for (int i = 0; i < bins.size(); i++) {
      Bin bin = bins.get(i);
      if (bin instanceof MissingBin) {
        missing++;
      } else if (bin instanceof SpecialValueBin s) {
        requireNew(bins, exact, s.value(), i);
      } else if (bin instanceof CategoricalBin c) {
        for (double code : c.codes()) {
          requireNew(bins, exact, code, i);
        }
      } else if (bin instanceof CellBin) {
        throw new ModelDefinitionException("/bins/" + i, "must be a bin of one feature: the characteristic has no"
            + " partner", "the cell " + bin.label());
      } else {
        intervals.add((IntervalBin) bin);
        index.put((IntervalBin) bin, i);
      }
    }
    if (missing != 1) {
      throw new ModelDefinitionException("/bins", "must hold exactly one missing bin", missing + " missing bins");
    }
    if (intervals.isEmpty()) {
      throw new ModelDefinitionException("/bins", "must hold interval bins that cover (-inf, +inf)",
          "no interval bin");
    }
    intervals.sort(INTERVAL_ORDER);
    IntervalBin first = intervals.get(0);
    if (first.lower() != Double.NEGATIVE_INFINITY) {
      throw new ModelDefinitionException("/bins/" + index.get(first), "the lowest interval bin must start at -inf",
          "a lowest bin " + first.label());
    }
    for (int k = 1; k < intervals.size(); k++) {
      IntervalBin a = intervals.get(k - 1);
      IntervalBin b = intervals.get(k);
      boolean overlap = b.lower() < a.upper() || (b.lower() == a.upper() && a.upperClosed() && b.lowerClosed());
      boolean gap = b.lower() > a.upper() || (b.lower() == a.upper() && !a.upperClosed() && !b.lowerClosed());
      if (overlap) {
        throw new ModelDefinitionException("/bins/" + index.get(b), "must not overlap another interval bin",
            "bin " + b.label() + " overlapping bin " + a.label());
      }
      if (gap) {
        throw new ModelDefinitionException("/bins/" + index.get(b), "must start where the interval bin below it ends",
            "a gap between bins " + a.label() + " and " + b.label());
      }
    }
    IntervalBin last = intervals.get(intervals.size() - 1);
    if (last.upper() != Double.POSITIVE_INFINITY) {
      throw new ModelDefinitionException("/bins/" + index.get(last), "the highest interval bin must end at +inf",
          "a highest bin " + last.label());
    }
  }

  /**
   * Checks that the cells {@code bins} of an interaction are the full product of two axes, each
   * holding every value exactly once, with every pair once.
   *
   * @throws ModelDefinitionException at {@code /bins} or {@code /bins/<index>}
   */
  static void checkCells(List<Bin> bins) {
    LinkedHashSet<Bin> first = new LinkedHashSet<>();
    LinkedHashSet<Bin> second = new LinkedHashSet<>();
    HashSet<List<Bin>> pairs = new HashSet<>();
    for (int i = 0; i < bins.size(); i++) {
      if (!(bins.get(i) instanceof CellBin cell)) {
        throw new ModelDefinitionException("/bins/" + i, "must be a cell: the characteristic is an interaction",
            "the single bin " + bins.get(i).label());
      }
      first.add(cell.first());
      second.add(cell.second());
      if (!pairs.add(List.of(cell.first(), cell.second()))) {
        throw new ModelDefinitionException("/bins/" + i, "must not repeat another cell", "cell " + cell.label() + " again");
      }
    }
    try {
      check(List.copyOf(first));
    } catch (ModelDefinitionException e) {
      throw new ModelDefinitionException("/bins", "the cells' first bins " + e.rule(), e.found());
    }
    try {
      check(List.copyOf(second));
    } catch (ModelDefinitionException e) {
      throw new ModelDefinitionException("/bins", "the cells' second bins " + e.rule(), e.found());
    }
    if (pairs.size() != first.size() * second.size()) {
      throw new ModelDefinitionException("/bins", "must hold a cell for every pair of a first and a second bin",
          pairs.size() + " cells for " + first.size() + " × " + second.size() + " bins");
    }
  }

  private static void requireNew(List<Bin> bins, Map<Double, Integer> exact, double value, int i) {
    Integer before = exact.putIfAbsent(value == 0.0 ? 0.0 : value, i);
    if (before != null) {
      throw new ModelDefinitionException("/bins/" + i, "must not hold a value another bin holds",
          "value " + ScorecardChecks.number(value) + " in both bins " + bins.get(before).label() + " and "
          + bins.get(i).label());
    }
  }
}
