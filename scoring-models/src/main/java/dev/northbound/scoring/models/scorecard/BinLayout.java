package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
   * @throws ModelDefinitionException naming the characteristic and the bins at fault
   */
  static void check(String feature, List<Bin> bins) {
    String where = "characteristic " + feature + ": ";
    int missing = 0;
    Map<Double, Bin> exact = new HashMap<>();
    List<IntervalBin> intervals = new ArrayList<>();
    for (Bin bin : bins) {
      if (bin instanceof MissingBin) {
        missing++;
      } else if (bin instanceof SpecialValueBin s) {
        requireNew(where, exact, s.value(), bin);
      } else if (bin instanceof CategoricalBin c) {
        for (double code : c.codes()) {
          requireNew(where, exact, code, bin);
        }
      } else {
        intervals.add((IntervalBin) bin);
      }
    }
    if (missing != 1) {
      throw new ModelDefinitionException(where + "needs exactly one missing bin, found " + missing);
    }
    if (intervals.isEmpty()) {
      throw new ModelDefinitionException(where + "interval bins must cover (-inf, +inf), found none");
    }
    intervals.sort(INTERVAL_ORDER);
    IntervalBin first = intervals.get(0);
    if (first.lower() != Double.NEGATIVE_INFINITY) {
      throw new ModelDefinitionException(where + "no bin holds the values below " + first.label());
    }
    for (int k = 1; k < intervals.size(); k++) {
      IntervalBin a = intervals.get(k - 1);
      IntervalBin b = intervals.get(k);
      boolean overlap = b.lower() < a.upper() || (b.lower() == a.upper() && a.upperClosed() && b.lowerClosed());
      boolean gap = b.lower() > a.upper() || (b.lower() == a.upper() && !a.upperClosed() && !b.lowerClosed());
      if (overlap) {
        throw new ModelDefinitionException(where + "bins " + a.label() + " and " + b.label() + " overlap");
      }
      if (gap) {
        throw new ModelDefinitionException(where + "bins " + a.label() + " and " + b.label() + " leave a gap");
      }
    }
    IntervalBin last = intervals.get(intervals.size() - 1);
    if (last.upper() != Double.POSITIVE_INFINITY) {
      throw new ModelDefinitionException(where + "no bin holds the values above " + last.label());
    }
  }

  private static void requireNew(String where, Map<Double, Bin> exact, double value, Bin bin) {
    Bin before = exact.putIfAbsent(value == 0.0 ? 0.0 : value, bin);
    if (before != null) {
      throw new ModelDefinitionException(where + "value " + ScorecardChecks.number(value) + " is in both bins "
          + before.label() + " and " + bin.label());
    }
  }
}
