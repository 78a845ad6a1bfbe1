package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference for the hardware's limit: the benchmark card flattened by hand into a few primitive
 * arrays (every characteristic's exact values, thresholds and points laid end to end), no checks, no
 * objects on the way, the top 3 reasons kept in locals. {@link #score} gives the same output as
 * {@link Scorecard#score(double[], dev.northbound.scoring.core.model.ScoreHolder)} (points, PD, grade,
 * partial scores and bins, top-3 reason codes by points below the maximum, ties to the earlier
 * characteristic); {@link #pointsBranchFree} is the branch-free flat-array lookup, the reference for
 * points only: thresholds counted without branches, exact values and missing chosen by conditional
 * moves.
 *
 * <p>Compiled from the card's public definition, not from its internals. Immutable.
 */
final class HandWrittenScorecard {

  /** The output of {@link #score}: what a {@code ScoreHolder} holds. Reused per thread. */
  static final class Result {
    final double[] partials;
    final int[] bins;
    final int[] reasonCharacteristic = new int[3];
    final double[] reasonPoints = new double[3];
    int reasonCount;
    double points;
    double probabilityOfDefault;
    int grade;

    Result(int characteristics) {
      partials = new double[characteristics];
      bins = new int[characteristics];
    }
  }

  private final int n;
  private final int[] featureIndex;
  private final double[] maxPoints;
  private final double[] missingPoints;
  private final int[] missingBin;
  /** Characteristic c's exact values are at {@code [exactStart[c], exactStart[c + 1])}. */
  private final int[] exactStart;
  private final double[] exactValue;
  private final double[] exactPoints;
  private final int[] exactBin;
  /** Characteristic c's thresholds are at {@code [thresholdStart[c], thresholdStart[c + 1])}. */
  private final int[] thresholdStart;
  private final double[] threshold;
  /** Characteristic c's interval k is at {@code thresholdStart[c] + c + k}. */
  private final double[] intervalPoints;
  private final int[] intervalBin;
  private final double initialScore;
  private final double offset;
  private final double factor;
  private final double[] cutoffs;

  HandWrittenScorecard(Scorecard card) {
    List<Characteristic> chars = card.characteristics();
    n = chars.size();
    featureIndex = new int[n];
    maxPoints = new double[n];
    missingPoints = new double[n];
    missingBin = new int[n];
    exactStart = new int[n + 1];
    thresholdStart = new int[n + 1];
    List<double[]> exact = new ArrayList<>();
    List<double[]> intervals = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      Characteristic ch = chars.get(c);
      featureIndex[c] = card.schema().indexOf(ch.feature()).orElseThrow();
      maxPoints[c] = ch.maxPoints();
      List<IntervalBin> sorted = new ArrayList<>();
      for (int b = 0; b < ch.bins().size(); b++) {
        Bin bin = ch.bins().get(b);
        if (bin instanceof MissingBin) {
          missingPoints[c] = bin.points();
          missingBin[c] = b;
        } else if (bin instanceof SpecialValueBin s) {
          exact.add(new double[] {s.value(), s.points(), b});
        } else if (bin instanceof CategoricalBin cat) {
          for (double code : cat.codes()) {
            exact.add(new double[] {code, cat.points(), b});
          }
        } else {
          sorted.add((IntervalBin) bin);
        }
      }
      exactStart[c + 1] = exact.size();
      sorted.sort(Comparator.comparingDouble(IntervalBin::lower).thenComparing(i -> !i.lowerClosed()));
      for (int k = 0; k < sorted.size(); k++) {
        IntervalBin bin = sorted.get(k);
        // v lies above the lower end of a closed [b, ...) exactly when v > nextDown(b).
        double t = k == 0 ? Double.NaN : bin.lowerClosed() ? Math.nextDown(bin.lower()) : bin.lower();
        intervals.add(new double[] {t, bin.points(), ch.bins().indexOf(bin)});
      }
      thresholdStart[c + 1] = thresholdStart[c] + sorted.size() - 1;
    }
    exactValue = column(exact, 0);
    exactPoints = column(exact, 1);
    exactBin = toInts(column(exact, 2));
    intervalPoints = column(intervals, 1);
    intervalBin = toInts(column(intervals, 2));
    threshold = new double[thresholdStart[n]];
    double[] all = column(intervals, 0);
    for (int c = 0, t = 0; c < n; c++) {
      for (int k = 1; k <= thresholdStart[c + 1] - thresholdStart[c]; k++) {
        threshold[t++] = all[thresholdStart[c] + c + k];
      }
    }
    initialScore = card.initialScore();
    offset = card.scaling().offset();
    factor = card.scaling().factor();
    cutoffs = card.riskGrades().cutoffs().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Scores {@code x} (schema order, NaN for missing) into {@code out}. */
  void score(double[] x, Result out) {
    double total = initialScore;
    int c0 = -1;
    int c1 = -1;
    int c2 = -1;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    for (int c = 0; c < n; c++) {
      double v = x[featureIndex[c]];
      double p;
      int bin;
      if (v != v) {
        p = missingPoints[c];
        bin = missingBin[c];
      } else {
        int e = exactStart[c];
        int end = exactStart[c + 1];
        while (e < end && v != exactValue[e]) {
          e++;
        }
        if (e < end) {
          p = exactPoints[e];
          bin = exactBin[e];
        } else {
          int from = thresholdStart[c];
          int to = thresholdStart[c + 1];
          int k = from + c;
          for (int t = from; t < to; t++) {
            k += v > threshold[t] ? 1 : 0;
          }
          p = intervalPoints[k];
          bin = intervalBin[k];
        }
      }
      out.partials[c] = p;
      out.bins[c] = bin;
      total += p;
      double below = maxPoints[c] - p;
      if (below > b2) {
        if (below > b1) {
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
        } else {
          c2 = c;
          b2 = below;
        }
      }
    }
    out.reasonCharacteristic[0] = c0;
    out.reasonCharacteristic[1] = c1;
    out.reasonCharacteristic[2] = c2;
    out.reasonPoints[0] = b0;
    out.reasonPoints[1] = b1;
    out.reasonPoints[2] = b2;
    out.reasonCount = c0 < 0 ? 0 : c1 < 0 ? 1 : c2 < 0 ? 2 : 3;
    out.points = total;
    out.probabilityOfDefault = 1.0 / (1.0 + Math.exp((total - offset) / factor));
    int g = 0;
    for (double cutoff : cutoffs) {
      g += total < cutoff ? 1 : 0;
    }
    out.grade = g;
  }

  /** The points of {@code x}, every bin found without a branch. */
  double pointsBranchFree(double[] x) {
    double total = initialScore;
    for (int c = 0; c < n; c++) {
      double v = x[featureIndex[c]];
      int from = thresholdStart[c];
      int to = thresholdStart[c + 1];
      int k = from + c;
      for (int t = from; t < to; t++) {
        k += v > threshold[t] ? 1 : 0;
      }
      double p = intervalPoints[k];
      for (int e = exactStart[c]; e < exactStart[c + 1]; e++) {
        p = v == exactValue[e] ? exactPoints[e] : p;
      }
      total += v != v ? missingPoints[c] : p;
    }
    return total;
  }

  private static double[] column(List<double[]> rows, int j) {
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[j];
    }
    return out;
  }

  private static int[] toInts(double[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) values[i];
    }
    return out;
  }
}
