package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.List;
import java.util.Objects;

/**
 * A scorecard compiled for scoring: feature positions, the {@link BinTable}, baselines and the
 * scaling and grade constants, with the loops of {@link Scorecard#score(double[], ScoreHolder)},
 * {@link Scorecard#points(double[])} and {@link Scorecard#scoreBatch}. Nothing here allocates unless
 * it throws.
 *
 * <p>Reason codes follow PMML's {@code pointsBelow}: largest points below first, ties to the earlier
 * characteristic, none for a characteristic at its baseline or above. Up to {@value #LOCAL_REASONS}
 * reasons (the default is 4) are ranked in local variables and written to the holder once; more use
 * an insertion into the holder.
 *
 * <p>A card with an interaction characteristic runs copies of these loops that look up the cell of
 * the feature's and the partner's values ({@link BinTable#cell}); a card without one runs the
 * single-feature loops, chosen once per call.
 *
 * <p>Immutable and thread-safe.
 */
final class HotPath {

  /** The most reasons ranked in locals. */
  static final int LOCAL_REASONS = 4;

  private final List<Characteristic> characteristics;
  private final int n;
  private final int maxReasons;
  private final int[] featureIndex;
  /** The schema position of interaction c's partner (-1 for a characteristic of one feature). */
  private final int[] partnerIndex;
  private final BinTable table;
  private final double[] baselines;
  private final double initialScore;
  private final double[] gradeCutoffs;
  private final double factor;
  private final double offset;

  HotPath(int[] featureIndex, int[] partnerIndex, List<Characteristic> characteristics, double[] baselines, double initialScore,
      int maxReasons, Scaling scaling, RiskGrades grades) {
    this.characteristics = characteristics;
    this.n = characteristics.size();
    this.featureIndex = featureIndex;
    this.partnerIndex = partnerIndex;
    this.table = BinTable.of(characteristics);
    this.baselines = baselines;
    this.initialScore = initialScore;
    this.maxReasons = maxReasons;
    this.gradeCutoffs = grades.cutoffs().stream().mapToDouble(Double::doubleValue).toArray();
    this.factor = scaling.factor();
    this.offset = scaling.offset();
  }

  /** The probability of default at {@code points}. */
  double probabilityOfDefault(double points) {
    return 1.0 / (1.0 + Math.exp((points - offset) / factor));
  }

  /** Scores {@code values} (checked for length) into {@code out} (checked for capacity). */
  void score(double[] values, ScoreHolder out) {
    if (table.cells) {
      if (maxReasons <= LOCAL_REASONS) {
        scoreLocalCells(values, out);
      } else {
        scoreInHolderCells(values, out);
      }
    } else if (maxReasons <= LOCAL_REASONS) {
      scoreLocal(values, out);
    } else {
      scoreInHolder(values, out);
    }
  }

  private void scoreLocal(double[] values, ScoreHolder out) {
    BinTable t = table;
    int k = maxReasons;
    double total = initialScore;
    // The best four so far: characteristic (-1 for none) and points below (0 for none). The first k
    // of the best four are the best k, as the order (points below, then characteristic) is total.
    int c0 = -1;
    int c1 = -1;
    int c2 = -1;
    int c3 = -1;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    for (int c = 0; c < n; c++) {
      int s = t.slot(c, value(values, c));
      double p = t.slotPoints[s];
      out.setPartial(c, p, t.slotBin[s]);
      total += p;
      double below = baselines[c] - p;
      // Strictly greater: a tie keeps the earlier characteristic ahead.
      if (below > b3) {
        if (below > b1) {
          c3 = c2;
          b3 = b2;
          c2 = c1;
          b2 = b1;
          if (below > b0) {
            c1 = c0;
            b1 = b0;
            c0 = c;
            b0 = below;
          } else {
            c1 = c;
            b1 = below;
          }
        } else if (below > b2) {
          c3 = c2;
          b3 = b2;
          c2 = c;
          b2 = below;
        } else {
          c3 = c;
          b3 = below;
        }
      }
    }
    int count = Math.min(k, c0 < 0 ? 0 : c1 < 0 ? 1 : c2 < 0 ? 2 : c3 < 0 ? 3 : 4);
    out.clearReasons();
    // setReason makes the count r + 1, so the last one written sets it.
    if (count > 0) {
      out.setReason(0, c0, b0);
    }
    if (count > 1) {
      out.setReason(1, c1, b1);
    }
    if (count > 2) {
      out.setReason(2, c2, b2);
    }
    if (count > 3) {
      out.setReason(3, c3, b3);
    }
    out.setTotals(total, probabilityOfDefault(total), gradeOf(total));
  }

  private void scoreInHolder(double[] values, ScoreHolder out) {
    BinTable t = table;
    int k = maxReasons;
    double total = initialScore;
    int count = 0;
    // A reason must beat the last one kept once the list is full; ties go to the earlier characteristic.
    double floor = 0;
    for (int c = 0; c < n; c++) {
      int s = t.slot(c, value(values, c));
      double p = t.slotPoints[s];
      out.setPartial(c, p, t.slotBin[s]);
      total += p;
      double below = baselines[c] - p;
      if (below > floor) {
        int r = count < k ? count++ : k - 1;
        while (r > 0 && out.reasonPoints(r - 1) < below) {
          out.setReason(r, out.reasonCharacteristic(r - 1), out.reasonPoints(r - 1));
          r--;
        }
        out.setReason(r, c, below);
        floor = count == k ? out.reasonPoints(k - 1) : 0;
      }
    }
    if (count == 0) {
      out.clearReasons();
    } else {
      // Shifting may have lowered the count setReason keeps; the last rank sets it right.
      out.setReason(count - 1, out.reasonCharacteristic(count - 1), out.reasonPoints(count - 1));
    }
    out.setTotals(total, probabilityOfDefault(total), gradeOf(total));
  }

  /** The points of {@code values} (checked for length). */
  double points(double[] values) {
    BinTable t = table;
    double total = initialScore;
    if (t.cells) {
      for (int c = 0; c < n; c++) {
        total += t.slotPoints[entry(values, c)];
      }
      return total;
    }
    for (int c = 0; c < n; c++) {
      total += t.slotPoints[t.slot(c, value(values, c))];
    }
    return total;
  }

  /**
   * The entry of characteristic {@code c} for {@code values}: its slot, or for an interaction its
   * cell entry; {@code slotBin} of it is the index of the bin among the characteristic's bins.
   */
  private int entry(double[] values, int c) {
    BinTable t = table;
    if (!t.isInteraction(c)) {
      return t.slot(c, value(values, c));
    }
    return t.cell(c, value(values, c), partnerValue(values, c));
  }

  private void scoreLocalCells(double[] values, ScoreHolder out) {
    BinTable t = table;
    int k = maxReasons;
    double total = initialScore;
    // The best four so far: characteristic (-1 for none) and points below (0 for none). The first k
    // of the best four are the best k, as the order (points below, then characteristic) is total.
    int c0 = -1;
    int c1 = -1;
    int c2 = -1;
    int c3 = -1;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    for (int c = 0; c < n; c++) {
      int s = entry(values, c);
      double p = t.slotPoints[s];
      out.setPartial(c, p, t.slotBin[s]);
      total += p;
      double below = baselines[c] - p;
      // Strictly greater: a tie keeps the earlier characteristic ahead.
      if (below > b3) {
        if (below > b1) {
          c3 = c2;
          b3 = b2;
          c2 = c1;
          b2 = b1;
          if (below > b0) {
            c1 = c0;
            b1 = b0;
            c0 = c;
            b0 = below;
          } else {
            c1 = c;
            b1 = below;
          }
        } else if (below > b2) {
          c3 = c2;
          b3 = b2;
          c2 = c;
          b2 = below;
        } else {
          c3 = c;
          b3 = below;
        }
      }
    }
    int count = Math.min(k, c0 < 0 ? 0 : c1 < 0 ? 1 : c2 < 0 ? 2 : c3 < 0 ? 3 : 4);
    out.clearReasons();
    // setReason makes the count r + 1, so the last one written sets it.
    if (count > 0) {
      out.setReason(0, c0, b0);
    }
    if (count > 1) {
      out.setReason(1, c1, b1);
    }
    if (count > 2) {
      out.setReason(2, c2, b2);
    }
    if (count > 3) {
      out.setReason(3, c3, b3);
    }
    out.setTotals(total, probabilityOfDefault(total), gradeOf(total));
  }
  private void scoreInHolderCells(double[] values, ScoreHolder out) {
    BinTable t = table;
    int k = maxReasons;
    double total = initialScore;
    int count = 0;
    // A reason must beat the last one kept once the list is full; ties go to the earlier characteristic.
    double floor = 0;
    for (int c = 0; c < n; c++) {
      int s = entry(values, c);
      double p = t.slotPoints[s];
      out.setPartial(c, p, t.slotBin[s]);
      total += p;
      double below = baselines[c] - p;
      if (below > floor) {
        int r = count < k ? count++ : k - 1;
        while (r > 0 && out.reasonPoints(r - 1) < below) {
          out.setReason(r, out.reasonCharacteristic(r - 1), out.reasonPoints(r - 1));
          r--;
        }
        out.setReason(r, c, below);
        floor = count == k ? out.reasonPoints(k - 1) : 0;
      }
    }
    if (count == 0) {
      out.clearReasons();
    } else {
      // Shifting may have lowered the count setReason keeps; the last rank sets it right.
      out.setReason(count - 1, out.reasonCharacteristic(count - 1), out.reasonPoints(count - 1));
    }
    out.setTotals(total, probabilityOfDefault(total), gradeOf(total));
  }
  /** Points of rows {@code [from, to)} of {@code columns} (checked for count) into {@code pointsOut}. */
  void batch(double[][] columns, int from, int to, double[] pointsOut) {
    Objects.checkFromToIndex(from, to, pointsOut.length);
    java.util.Arrays.fill(pointsOut, from, to, initialScore);
    for (int c = 0; c < n; c++) {
      double[] column = columns[featureIndex[c]];
      Objects.checkFromToIndex(from, to, column.length);
      if (partnerIndex[c] >= 0) {
        double[] partnerColumn = columns[partnerIndex[c]];
        Objects.checkFromToIndex(from, to, partnerColumn.length);
        int bad = table.addCellPoints(c, column, partnerColumn, from, to, pointsOut);
        if (bad >= 0) {
          throw Double.isInfinite(column[bad]) ? infinite(c, "/" + bad) : infinitePartner(c, "/" + bad);
        }
        continue;
      }
      int bad = table.addPoints(c, column, from, to, pointsOut);
      if (bad >= 0) {
        throw infinite(c, "/" + bad);
      }
    }
  }

  private int gradeOf(double points) {
    int g = 0;
    for (double cutoff : gradeCutoffs) {
      g += points < cutoff ? 1 : 0;
    }
    return g;
  }

  private double value(double[] values, int c) {
    double v = values[featureIndex[c]];
    if (Math.abs(v) == Double.POSITIVE_INFINITY) {
      throw infinite(c, "");
    }
    return v;
  }

  private double partnerValue(double[] values, int c) {
    double w = values[partnerIndex[c]];
    if (Math.abs(w) == Double.POSITIVE_INFINITY) {
      throw infinitePartner(c, "");
    }
    return w;
  }

  private InvalidInputException infinite(int c, String row) {
    return new InvalidInputException(row + "/" + characteristics.get(c).feature(),
        "must be finite, or NaN for missing", "an infinite number");
  }

  private InvalidInputException infinitePartner(int c, String row) {
    return new InvalidInputException(row + "/" + characteristics.get(c).partner().orElseThrow(),
        "must be finite, or NaN for missing", "an infinite number");
  }
}
