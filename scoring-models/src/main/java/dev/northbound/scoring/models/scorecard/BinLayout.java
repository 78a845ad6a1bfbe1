package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A characteristic's bins compiled into flat primitive arrays for the hot path: exact values
 * (special values and category codes) first, then a sorted array of strict thresholds. A boundary
 * {@code b} whose upper interval is closed at {@code b} becomes the threshold {@code nextDown(b)},
 * because {@code v >= b} is exactly {@code v > nextDown(b)}; so the interval holding {@code v} is the
 * number of thresholds below {@code v}, and no closedness bitmap is needed.
 *
 * <p>Immutable and thread-safe.
 */
final class BinLayout {

  private final int missingBin;
  private final double[] exactValues;
  private final int[] exactBins;
  private final double[] thresholds;
  private final int[] intervalBins;

  private BinLayout(int missingBin, double[] exactValues, int[] exactBins, double[] thresholds, int[] intervalBins) {
    this.missingBin = missingBin;
    this.exactValues = exactValues;
    this.exactBins = exactBins;
    this.thresholds = thresholds;
    this.intervalBins = intervalBins;
  }

  /** Compiles a (valid) characteristic. */
  static BinLayout of(Characteristic characteristic) {
    List<Bin> bins = characteristic.bins();
    int missing = -1;
    List<Integer> exact = new ArrayList<>();
    List<Double> exactValues = new ArrayList<>();
    List<Integer> intervals = new ArrayList<>();
    for (int i = 0; i < bins.size(); i++) {
      Bin bin = bins.get(i);
      if (bin instanceof MissingBin) {
        missing = i;
      } else if (bin instanceof SpecialValueBin s) {
        exact.add(i);
        exactValues.add(s.value());
      } else if (bin instanceof CategoricalBin c) {
        for (double code : c.codes()) {
          exact.add(i);
          exactValues.add(code);
        }
      } else {
        intervals.add(i);
      }
    }
    intervals.sort(Comparator.comparing(i -> (IntervalBin) bins.get(i), INTERVAL_ORDER));
    double[] thresholds = new double[intervals.size() - 1];
    for (int k = 1; k < intervals.size(); k++) {
      IntervalBin upper = (IntervalBin) bins.get(intervals.get(k));
      thresholds[k - 1] = upper.lowerClosed() ? Math.nextDown(upper.lower()) : upper.lower();
    }
    return new BinLayout(missing,
        exactValues.stream().mapToDouble(Double::doubleValue).toArray(),
        exact.stream().mapToInt(Integer::intValue).toArray(),
        thresholds,
        intervals.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The index of the bin holding {@code v}; {@code NaN} is missing. {@code v} must not be infinite. */
  int lookup(double v) {
    if (v != v) {
      return missingBin;
    }
    double[] exact = exactValues;
    for (int i = 0; i < exact.length; i++) {
      if (v == exact[i]) {
        return exactBins[i];
      }
    }
    double[] t = thresholds;
    int k = 0;
    for (int i = 0; i < t.length; i++) {
      k += v > t[i] ? 1 : 0;
    }
    return intervalBins[k];
  }

  private static final Comparator<IntervalBin> INTERVAL_ORDER =
      Comparator.comparingDouble(IntervalBin::lower).thenComparing(b -> !b.lowerClosed());

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
      throw new ModelDefinitionException(where + "value " + Checks.number(value) + " is in both bins "
          + before.label() + " and " + bin.label());
    }
  }
}
