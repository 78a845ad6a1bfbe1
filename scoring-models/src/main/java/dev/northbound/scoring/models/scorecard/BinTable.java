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
 * <p>An interaction characteristic's two axes are compiled the same way, with the slot's "bin" being
 * the axis bin's index and its points 0; the cell of slots {@code i} and {@code j} is then the
 * entry {@code cellStart + i * columns + j}, appended after every slot to the same two arrays, with
 * the cell's points and its index among the characteristic's bins. Characteristic c's first axis
 * is axis c, so {@link #slot} serves both kinds.
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
  /** Whether any characteristic is an interaction. */
  final boolean cells;
  /** Interaction c's partner axis (-1 for a characteristic of one feature). */
  private final int[] secondAxis;
  /** Interaction c's cell entries start at {@code cellStart[c]}, {@code cellColumns[c]} to a first-axis bin. */
  private final int[] cellStart;
  private final int[] cellColumns;

  private BinTable(List<Characteristic> characteristics) {
    int n = characteristics.size();
    // Axis c < n is characteristic c's bins, or an interaction's first axis; the interactions'
    // second axes follow, in characteristic order.
    List<List<Bin>> axes = new ArrayList<>();
    secondAxis = new int[n];
    cellStart = new int[n];
    cellColumns = new int[n];
    for (Characteristic ch : characteristics) {
      axes.add(ch.isInteraction() ? ch.firstAxis() : ch.bins());
    }
    boolean anyCells = false;
    for (int c = 0; c < n; c++) {
      Characteristic ch = characteristics.get(c);
      secondAxis[c] = -1;
      if (ch.isInteraction()) {
        anyCells = true;
        secondAxis[c] = axes.size();
        axes.add(ch.secondAxis());
      }
    }
    cells = anyCells;
    int a = axes.size();
    slotStart = new int[a];
    thresholdStart = new int[a + 1];
    exactStart = new int[a + 1];
    missingSlot = new int[a];
    List<Double> points = new ArrayList<>();
    List<Integer> bins = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    List<Double> exactValues = new ArrayList<>();
    List<Integer> exactSlots = new ArrayList<>();
    for (int c = 0; c < a; c++) {
      List<Bin> all = axes.get(c);
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
    // An interaction's cell entries: entry cellStart + i * columns + j holds the points and the bin
    // index (into the characteristic's bins) of the cell of first-axis bin i and second-axis bin j.
    for (int c = 0; c < n; c++) {
      Characteristic ch = characteristics.get(c);
      if (!ch.isInteraction()) {
        continue;
      }
      List<Bin> first = axes.get(c);
      List<Bin> second = axes.get(secondAxis[c]);
      cellStart[c] = points.size();
      cellColumns[c] = second.size();
      for (Bin x : first) {
        for (Bin y : second) {
          int b = cellIndex(ch.bins(), x, y);
          points.add(ch.bins().get(b).points());
          bins.add(b);
        }
      }
    }
    slotPoints = points.stream().mapToDouble(Double::doubleValue).toArray();
    slotBin = bins.stream().mapToInt(Integer::intValue).toArray();
    threshold = thresholds.stream().mapToDouble(Double::doubleValue).toArray();
    exactValue = exactValues.stream().mapToDouble(Double::doubleValue).toArray();
    exactSlot = exactSlots.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int cellIndex(List<Bin> cells, Bin first, Bin second) {
    for (int b = 0; b < cells.size(); b++) {
      CellBin cell = (CellBin) cells.get(b);
      if (cell.first().equals(first) && cell.second().equals(second)) {
        return b;
      }
    }
    throw new IllegalStateException("no cell " + first.label() + CellBin.JOIN + second.label());
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

  /** Whether characteristic {@code c} is an interaction. */
  boolean isInteraction(int c) {
    return secondAxis[c] >= 0;
  }

  /**
   * The entry of interaction {@code c} (an index into {@link #slotPoints} and {@link #slotBin}) for
   * the feature's value {@code v} and the partner's value {@code w}; neither may be infinite.
   */
  int cell(int c, double v, double w) {
    return cellStart[c] + slotBin[slot(c, v)] * cellColumns[c] + slotBin[slot(secondAxis[c], w)];
  }

  /**
   * Adds interaction {@code c}'s points for rows {@code [from, to)} of its feature's {@code column}
   * and its partner's {@code partnerColumn} to {@code out[from..to)}.
   *
   * @return the first row in range where either value is infinite (its points and the later rows'
   *     may have been added), or -1 if there is none
   */
  int addCellPoints(int c, double[] column, double[] partnerColumn, int from, int to, double[] out) {
    boolean infinite = false;
    for (int i = from; i < to; i++) {
      double v = column[i];
      double w = partnerColumn[i];
      // An infinite value still finds a slot (an end interval); the caller throws for the row.
      out[i] += slotPoints[cell(c, v, w)];
      infinite |= Math.abs(v) == Double.POSITIVE_INFINITY | Math.abs(w) == Double.POSITIVE_INFINITY;
    }
    if (infinite) {
      for (int i = from; i < to; i++) {
        if (Double.isInfinite(column[i]) || Double.isInfinite(partnerColumn[i])) {
          return i;
        }
      }
    }
    return -1;
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
