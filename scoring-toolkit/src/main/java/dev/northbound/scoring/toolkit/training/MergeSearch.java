package dev.northbound.scoring.toolkit.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact dynamic programme over the ways to merge {@code m} ordered fine bins into contiguous
 * groups: finds the grouping with the highest total IV such that every group meets the count
 * constraints, there are at most {@code maxBins} groups, and the bad rates follow the trend.
 *
 * <p>State: (phase, start of the last group, end of the last group, number of groups). The phase
 * records the shape so far: 0 = a single group, 1 = moving in the first direction (up for
 * ASCENDING and PEAK, down for DESCENDING and VALLEY), 2 = turned (PEAK and VALLEY only). IV is a
 * sum of per-group terms, so the optimum over prefixes extends to the optimum overall. Time
 * {@code O(m^3 * maxBins)}.
 */
final class MergeSearch {

  private final double[] goodSums;
  private final double[] badSums;
  private final double totalGoods;
  private final double totalBads;
  private final double minCount;
  private final BinningConstraints constraints;

  /**
   * A search over fine bins with the given (weighted) goods and bads; {@code totalRows} is the
   * sample's total weight, the base of {@code minShare}. With integer-valued weights every sum is
   * exact, so row counts give the same doubles as the former integer arithmetic.
   */
  MergeSearch(double[] goods, double[] bads, double totalGoods, double totalBads,
      double totalRows, BinningConstraints constraints) {
    int m = goods.length;
    goodSums = new double[m + 1];
    badSums = new double[m + 1];
    for (int i = 0; i < m; i++) {
      goodSums[i + 1] = goodSums[i] + goods[i];
      badSums[i + 1] = badSums[i] + bads[i];
    }
    this.totalGoods = totalGoods;
    this.totalBads = totalBads;
    this.minCount = constraints.minShare() * totalRows - 1e-9;
    this.constraints = constraints;
  }

  /** A found grouping: the start index of each group, and its total IV. */
  record Grouping(int[] starts, double iv) {}

  /**
   * The best grouping under {@code trend} (not AUTO), or empty when no grouping meets the
   * constraints.
   */
  java.util.Optional<Grouping> search(Trend trend) {
    int m = goodSums.length - 1;
    int k = Math.min(constraints.maxBins(), m);
    double[][][][] best = new double[3][m + 1][m + 1][k + 1];
    int[][][][] from = new int[3][m + 1][m + 1][k + 1];
    for (double[][][] a : best) {
      for (double[][] b : a) {
        for (double[] c : b) {
          Arrays.fill(c, Double.NEGATIVE_INFINITY);
        }
      }
    }
    for (int j = 1; j <= m; j++) {
      if (allowed(0, j)) {
        best[0][0][j][1] = iv(0, j);
      }
    }
    for (int j = 2; j <= m; j++) {
      for (int i = 1; i < j; i++) {
        if (!allowed(i, j)) {
          continue;
        }
        double rate = rate(i, j);
        double term = iv(i, j);
        for (int h = 0; h < i; h++) {
          double previousRate = rate(h, i);
          for (int phase = 0; phase < 3; phase++) {
            int next = nextPhase(trend, phase, previousRate, rate);
            if (next < 0) {
              continue;
            }
            for (int n = 2; n <= k; n++) {
              double candidate = best[phase][h][i][n - 1] + term;
              if (candidate > best[next][i][j][n]) {
                best[next][i][j][n] = candidate;
                from[next][i][j][n] = phase * (m + 1) + h;
              }
            }
          }
        }
      }
    }
    double top = Double.NEGATIVE_INFINITY;
    int[] end = null;
    for (int phase = 0; phase < 3; phase++) {
      if (!accepts(trend, phase)) {
        continue;
      }
      for (int i = 0; i < m; i++) {
        for (int n = 1; n <= k; n++) {
          if (best[phase][i][m][n] > top) {
            top = best[phase][i][m][n];
            end = new int[] {phase, i, n};
          }
        }
      }
    }
    if (end == null) {
      return java.util.Optional.empty();
    }
    List<Integer> starts = new ArrayList<>();
    int phase = end[0];
    int i = end[1];
    int j = m;
    for (int n = end[2]; n >= 1; n--) {
      starts.add(0, i);
      if (n > 1) {
        int code = from[phase][i][j][n];
        j = i;
        phase = code / (m + 1);
        i = code % (m + 1);
      }
    }
    return java.util.Optional.of(new Grouping(starts.stream().mapToInt(Integer::intValue).toArray(), top));
  }

  private boolean allowed(int i, int j) {
    double goods = goodSums[j] - goodSums[i];
    double bads = badSums[j] - badSums[i];
    return goods + bads >= minCount
        && goods >= constraints.minGoods()
        && bads >= constraints.minBads()
        && goods + bads > 0;
  }

  private double rate(int i, int j) {
    double bads = badSums[j] - badSums[i];
    return bads / (bads + goodSums[j] - goodSums[i]);
  }

  private double iv(int i, int j) {
    return WoeBin.iv(goodSums[j] - goodSums[i], badSums[j] - badSums[i], totalGoods, totalBads);
  }

  private static int nextPhase(Trend trend, int phase, double previous, double current) {
    boolean up = current > previous;
    boolean down = current < previous;
    if (trend == Trend.NONE) {
      return up || down ? 0 : -1;
    }
    boolean first = trend == Trend.ASCENDING || trend == Trend.PEAK ? up : down;
    boolean second = trend == Trend.PEAK ? down : trend == Trend.VALLEY ? up : false;
    if (phase <= 1 && first) {
      return 1;
    }
    if ((phase == 1 || phase == 2) && second) {
      return 2;
    }
    return -1;
  }

  private static boolean accepts(Trend trend, int phase) {
    return trend == Trend.PEAK || trend == Trend.VALLEY ? phase == 2 : phase <= 1;
  }
}
