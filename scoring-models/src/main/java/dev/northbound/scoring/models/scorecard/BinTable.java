package dev.northbound.scoring.models.scorecard;

import java.util.ArrayList;
import java.util.List;

/**
 * Every characteristic's bins compiled into one set of flat primitive arrays for the hot path. Each
 * characteristic owns a run of <em>slots</em>: first its intervals in increasing order, then one slot
 * per exact value (special values and category codes), then its missing slot; a slot has the points
 * and the bin index of its bin. A value's slot is found without a data-dependent branch: count the
 * thresholds below it (the interval), let an equal exact value replace that, and let {@code NaN}
 * replace both (conditional moves on an index, then one load).
 *
 * <p>A boundary {@code b} whose upper interval is closed at {@code b} becomes the threshold
 * {@code nextDown(b)}, because {@code v >= b} is exactly {@code v > nextDown(b)}; so the interval
 * holding {@code v} is the number of thresholds below {@code v}, and no closedness bitmap is needed.
 *
 * <p>Immutable and thread-safe.
 */
final class BinTable {

  /** The thresholds and exact values one batch pass holds in registers. */
  private static final int WIDE = 4;
  private static final int EXACT = 2;

  /** Points and bin index of every slot. */
  final double[] slotPoints;
  final int[] slotBin;
  /** Characteristic c's intervals start at slot {@code slotStart[c]}. */
  private final int[] slotStart;
  /** Characteristic c's thresholds are {@code threshold[thresholdStart[c] .. thresholdStart[c + 1])}. */
  private final int[] thresholdStart;
  private final double[] threshold;
  /** Characteristic c's exact values are {@code exactValue[exactStart[c] .. exactStart[c + 1])}. */
  private final int[] exactStart;
  private final double[] exactValue;
  private final int[] exactSlot;
  private final int[] missingSlot;

  private BinTable(List<Characteristic> characteristics) {
    int n = characteristics.size();
    slotStart = new int[n];
    thresholdStart = new int[n + 1];
    exactStart = new int[n + 1];
    missingSlot = new int[n];
    List<Double> points = new ArrayList<>();
    List<Integer> bins = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    List<Double> exactValues = new ArrayList<>();
    List<Integer> exactSlots = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      List<Bin> all = characteristics.get(c).bins();
      slotStart[c] = points.size();
      List<Integer> intervals = new ArrayList<>();
      for (int b = 0; b < all.size(); b++) {
        if (all.get(b) instanceof IntervalBin) {
          intervals.add(b);
        }
      }
      intervals.sort((x, y) -> BinLayout.INTERVAL_ORDER.compare((IntervalBin) all.get(x), (IntervalBin) all.get(y)));
      for (int k = 0; k < intervals.size(); k++) {
        IntervalBin bin = (IntervalBin) all.get(intervals.get(k));
        if (k > 0) {
          thresholds.add(bin.lowerClosed() ? Math.nextDown(bin.lower()) : bin.lower());
        }
        points.add(bin.points());
        bins.add(intervals.get(k));
      }
      for (int b = 0; b < all.size(); b++) {
        Bin bin = all.get(b);
        if (bin instanceof SpecialValueBin s) {
          exactValues.add(s.value());
          exactSlots.add(points.size());
          points.add(bin.points());
          bins.add(b);
        } else if (bin instanceof CategoricalBin cat) {
          for (double code : cat.codes()) {
            exactValues.add(code);
            exactSlots.add(points.size());
            points.add(bin.points());
            bins.add(b);
          }
        } else if (bin instanceof MissingBin) {
          missingSlot[c] = -1 - b;
        }
      }
      // The missing slot comes last; its bin index was parked, negated, above.
      bins.add(-1 - missingSlot[c]);
      points.add(all.get(-1 - missingSlot[c]).points());
      missingSlot[c] = points.size() - 1;
      thresholdStart[c + 1] = thresholds.size();
      exactStart[c + 1] = exactValues.size();
    }
    slotPoints = points.stream().mapToDouble(Double::doubleValue).toArray();
    slotBin = bins.stream().mapToInt(Integer::intValue).toArray();
    threshold = thresholds.stream().mapToDouble(Double::doubleValue).toArray();
    exactValue = exactValues.stream().mapToDouble(Double::doubleValue).toArray();
    exactSlot = exactSlots.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Compiles (valid) characteristics, in scoring order. */
  static BinTable of(List<Characteristic> characteristics) {
    return new BinTable(characteristics);
  }

  /** The slot of characteristic {@code c} holding {@code v}; {@code NaN} is missing. {@code v} must not be infinite. */
  int slot(int c, double v) {
    int s = slotStart[c];
    for (int t = thresholdStart[c], end = thresholdStart[c + 1]; t < end; t++) {
      s += v > threshold[t] ? 1 : 0;
    }
    for (int e = exactStart[c], end = exactStart[c + 1]; e < end; e++) {
      s = v == exactValue[e] ? exactSlot[e] : s;
    }
    return v != v ? missingSlot[c] : s;
  }

  /**
   * Adds characteristic {@code c}'s points for {@code column[from..to)} to {@code out[from..to)}.
   *
   * @return the first row in range whose value is infinite (its points and the later rows' may have
   *     been added), or -1 if there is none
   */
  int addPoints(int c, double[] column, int from, int to, double[] out) {
    int t = thresholdStart[c];
    int e = exactStart[c];
    int thresholds = thresholdStart[c + 1] - t;
    int exacts = exactStart[c + 1] - e;
    boolean infinite = false;
    if (thresholds <= WIDE && exacts <= EXACT) {
      // Padding that never matches: nothing is above +inf, nothing equals NaN.
      double t0 = thresholds > 0 ? threshold[t] : Double.POSITIVE_INFINITY;
      double t1 = thresholds > 1 ? threshold[t + 1] : Double.POSITIVE_INFINITY;
      double t2 = thresholds > 2 ? threshold[t + 2] : Double.POSITIVE_INFINITY;
      double t3 = thresholds > 3 ? threshold[t + 3] : Double.POSITIVE_INFINITY;
      double e0 = exacts > 0 ? exactValue[e] : Double.NaN;
      double e1 = exacts > 1 ? exactValue[e + 1] : Double.NaN;
      int s0 = exacts > 0 ? exactSlot[e] : 0;
      int s1 = exacts > 1 ? exactSlot[e + 1] : 0;
      int base = slotStart[c];
      int missing = missingSlot[c];
      double[] points = slotPoints;
      for (int i = from; i < to; i++) {
        double v = column[i];
        int s = base + (v > t0 ? 1 : 0) + (v > t1 ? 1 : 0) + (v > t2 ? 1 : 0) + (v > t3 ? 1 : 0);
        s = v == e0 ? s0 : s;
        s = v == e1 ? s1 : s;
        s = v != v ? missing : s;
        out[i] += points[s];
        infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
      }
    } else {
      for (int i = from; i < to; i++) {
        double v = column[i];
        out[i] += slotPoints[slot(c, v)];
        infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
      }
    }
    if (infinite) {
      for (int i = from; i < to; i++) {
        if (Double.isInfinite(column[i])) {
          return i;
        }
      }
    }
    return -1;
  }
}
