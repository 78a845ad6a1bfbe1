package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Population and characteristic stability: {@code PSI = Σ (c - b) ln(c / b)} over bins defined on
 * the baseline, b and c the baseline and current shares of each bin. An empty bin's share is taken
 * as {@link #EMPTY_BIN_SHARE} so that the index stays finite; shares of non-empty bins are exact.
 *
 * <p>Stateless and thread-safe. Methods throw {@link InvalidInputException} if an array is empty or
 * holds a non-finite value (or an invalid month code).
 */
public final class Stability {

  /** The share used for a bin with no rows: 0.0001 (one in ten thousand). */
  public static final double EMPTY_BIN_SHARE = 1e-4;

  /** The default number of baseline bins (deciles). */
  public static final int DEFAULT_BINS = 10;

  private Stability() {}

  /**
   * The PSI over decile bins of the baseline ({@link ScoreBands#quantiles}).
   *
   * @param baseline the baseline scores (development sample)
   * @param current the current scores
   * @return the index
   */
  public static StabilityIndex psi(double[] baseline, double[] current) {
    return psi(baseline, current, ScoreBands.quantiles(baseline, DEFAULT_BINS));
  }

  /**
   * The PSI over explicit bins.
   *
   * @param baseline the baseline scores
   * @param current the current scores
   * @param bins the bins
   * @return the index
   */
  public static StabilityIndex psi(double[] baseline, double[] current, ScoreBands bins) {
    EvaluationChecks.finite("baseline", baseline);
    EvaluationChecks.finite("current", current);
    return psi(BandCounts.of(bins, baseline), BandCounts.of(bins, current));
  }

  /**
   * The PSI from two (possibly merged) histograms over the same bins.
   *
   * @param baseline the baseline histogram
   * @param current the current histogram
   * @return the index
   * @throws IllegalArgumentException if the bins differ or a histogram is empty
   */
  public static StabilityIndex psi(BandCounts baseline, BandCounts current) {
    ScoreBands bins = baseline.bands();
    EvaluationChecks.require(bins.equals(current.bands()), "baseline and current must share their bins");
    int k = bins.count();
    long[] b = new long[k];
    long[] c = new long[k];
    String[] labels = new String[k];
    for (int i = 0; i < k; i++) {
      b[i] = baseline.rows(i);
      c[i] = current.rows(i);
      labels[i] = bins.range(i).toString();
    }
    return index(b, c, labels);
  }

  /**
   * The CSI of a numeric characteristic: the PSI formula over its bins (for example the
   * scorecard's attribute bins, or {@code ScoreBands.quantiles(baseline, 10)}).
   *
   * @param baseline the characteristic's baseline values
   * @param current its current values
   * @param bins the bins
   * @return the index
   */
  public static StabilityIndex csi(double[] baseline, double[] current, ScoreBands bins) {
    return psi(baseline, current, bins);
  }

  /**
   * The CSI of a categorical characteristic (or of attribute numbers): one bin per code seen in
   * either sample, in ascending code order.
   *
   * @param baseline the baseline codes
   * @param current the current codes
   * @return the index
   */
  public static StabilityIndex csi(int[] baseline, int[] current) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    nonEmpty("baseline", baseline.length);
    nonEmpty("current", current.length);
    int[] codes = distinct(baseline, current);
    long[] b = tally(codes, baseline);
    long[] c = tally(codes, current);
    String[] labels = new String[codes.length];
    for (int i = 0; i < codes.length; i++) {
      labels[i] = "code " + codes[i];
    }
    return index(b, c, labels);
  }

  /**
   * The PSI of each month against the baseline, over decile bins of the baseline.
   *
   * @param baseline the baseline scores
   * @param months the month of each current row, coded {@code yyyymm} (for example 202406)
   * @param scores the current scores
   * @return one entry per month present, in calendar order
   */
  public static List<MonthlyStability> monthly(double[] baseline, int[] months, double[] scores) {
    return monthly(baseline, months, scores, ScoreBands.quantiles(baseline, DEFAULT_BINS));
  }

  /**
   * The PSI of each month against the baseline, over explicit bins.
   *
   * @param baseline the baseline scores
   * @param months the month of each current row, coded {@code yyyymm}
   * @param scores the current scores
   * @param bins the bins
   * @return one entry per month present, in calendar order
   */
  public static List<MonthlyStability> monthly(
      double[] baseline, int[] months, double[] scores, ScoreBands bins) {
    EvaluationChecks.sameLength("months", months.length, "scores", scores.length);
    EvaluationChecks.finite("baseline", baseline);
    EvaluationChecks.finite("scores", scores);
    checkMonths(months);
    int[] codes = distinct(months, new int[0]);
    long[][] counts = new long[codes.length][bins.count()];
    for (int i = 0; i < scores.length; i++) {
      counts[Arrays.binarySearch(codes, months[i])][bins.bandOf(scores[i])]++;
    }
    BandCounts base = BandCounts.of(bins, baseline);
    long[] b = new long[bins.count()];
    String[] labels = new String[bins.count()];
    for (int k = 0; k < b.length; k++) {
      b[k] = base.rows(k);
      labels[k] = bins.range(k).toString();
    }
    List<MonthlyStability> result = new ArrayList<>(codes.length);
    for (int m = 0; m < codes.length; m++) {
      result.add(new MonthlyStability(YearMonth.of(codes[m] / 100, codes[m] % 100),
          Arrays.stream(counts[m]).sum(), index(b, counts[m], labels)));
    }
    return List.copyOf(result);
  }

  /**
   * The CSI of each month's codes against the baseline codes: for each month, {@link #csi(int[],
   * int[])} of the baseline and that month's codes (the same bins and the same index to the last
   * bit), counted in one pass over the rows instead of one pass per month.
   *
   * @param baseline the baseline codes
   * @param months the month of each current row, coded {@code yyyymm}
   * @param codes the current codes
   * @return one entry per month present, in calendar order
   */
  public static List<MonthlyStability> monthlyCsi(int[] baseline, int[] months, int[] codes) {
    Objects.requireNonNull(baseline, "baseline");
    EvaluationChecks.sameLength("months", months.length, "codes", codes.length);
    nonEmpty("baseline", baseline.length);
    checkMonths(months);
    int[] monthCodes = distinct(months, new int[0]);
    int[] all = distinct(baseline, codes);
    long[] b = tally(all, baseline);
    long[][] counts = new long[monthCodes.length][all.length];
    CodeIndex index = CodeIndex.of(all);
    for (int i = 0; i < codes.length; i++) {
      counts[Arrays.binarySearch(monthCodes, months[i])][index.of(codes[i])]++;
    }
    List<MonthlyStability> result = new ArrayList<>(monthCodes.length);
    for (int m = 0; m < monthCodes.length; m++) {
      long[] c = counts[m];
      int seen = 0; // the codes of the baseline and this month, as csi(baseline, current) bins them
      for (int j = 0; j < all.length; j++) {
        seen += b[j] + c[j] > 0 ? 1 : 0;
      }
      long[] baseSeen = new long[seen];
      long[] monthSeen = new long[seen];
      String[] labels = new String[seen];
      long rows = 0;
      for (int j = 0, k = 0; j < all.length; j++) {
        if (b[j] + c[j] > 0) {
          baseSeen[k] = b[j];
          monthSeen[k] = c[j];
          labels[k++] = "code " + all[j];
          rows += c[j];
        }
      }
      result.add(new MonthlyStability(YearMonth.of(monthCodes[m] / 100, monthCodes[m] % 100), rows,
          index(baseSeen, monthSeen, labels)));
    }
    return List.copyOf(result);
  }

  private static void checkMonths(int[] months) {
    for (int i = 0; i < months.length; i++) {
      int month = months[i] % 100;
      if (months[i] < 100 || months[i] > 999_912 || month < 1 || month > 12) {
        throw new InvalidInputException("/months/" + i, "must be a month coded yyyymm",
            "a number that is not such a code");
      }
    }
  }

  private static StabilityIndex index(long[] baseline, long[] current, String[] labels) {
    long nb = Arrays.stream(baseline).sum();
    long nc = Arrays.stream(current).sum();
    EvaluationChecks.require(nb > 0 && nc > 0, "baseline and current must each hold at least one row");
    List<StabilityBin> bins = new ArrayList<>(labels.length);
    double total = 0;
    for (int i = 0; i < labels.length; i++) {
      double b = baseline[i] == 0 ? EMPTY_BIN_SHARE : (double) baseline[i] / nb;
      double c = current[i] == 0 ? EMPTY_BIN_SHARE : (double) current[i] / nc;
      double contribution = (c - b) * Math.log(c / b);
      total += contribution;
      bins.add(new StabilityBin(labels[i], baseline[i], current[i], b, c, contribution));
    }
    return new StabilityIndex(total, StabilityBand.of(total), bins);
  }

  private static void nonEmpty(String name, int length) {
    if (length == 0) {
      throw new InvalidInputException("/" + name, "must not be empty", "an empty array");
    }
  }

  /** Codes this close together are indexed and collected through a table as long as their range. */
  private static final int DENSE_RANGE = 1 << 16;

  /**
   * The index of each of some sorted distinct codes: through a table by the code's offset from the
   * lowest when they lie within {@link #DENSE_RANGE} of each other, else by binary search.
   */
  private record CodeIndex(int[] sortedCodes, int[] table) {

    static CodeIndex of(int[] sortedCodes) {
      int n = sortedCodes.length;
      if (n == 0 || (long) sortedCodes[n - 1] - sortedCodes[0] >= DENSE_RANGE) {
        return new CodeIndex(sortedCodes, new int[0]);
      }
      int[] table = new int[sortedCodes[n - 1] - sortedCodes[0] + 1];
      Arrays.fill(table, -1);
      for (int k = 0; k < n; k++) {
        table[sortedCodes[k] - sortedCodes[0]] = k;
      }
      return new CodeIndex(sortedCodes, table);
    }

    /** The index of {@code code}, one of the codes. */
    int of(int code) {
      return table.length == 0 ? Arrays.binarySearch(sortedCodes, code) : table[code - sortedCodes[0]];
    }
  }

  /** The sorted distinct values of both arrays. */
  static int[] distinct(int[] first, int[] second) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int[] values : new int[][] {first, second}) {
      for (int v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min <= max && (long) max - min < DENSE_RANGE) { // a table of the values present, read in order
      boolean[] present = new boolean[max - min + 1];
      int count = 0;
      for (int[] values : new int[][] {first, second}) {
        for (int v : values) {
          count += present[v - min] ? 0 : 1;
          present[v - min] = true;
        }
      }
      int[] out = new int[count];
      for (int v = 0, k = 0; k < count; v++) {
        if (present[v]) {
          out[k++] = min + v;
        }
      }
      return out;
    }
    int[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    Arrays.sort(all);
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      if (k == 0 || all[i] != all[k - 1]) {
        all[k++] = all[i];
      }
    }
    return Arrays.copyOf(all, k);
  }

  private static long[] tally(int[] codes, int[] values) {
    long[] counts = new long[codes.length];
    CodeIndex index = CodeIndex.of(codes);
    for (int v : values) {
      counts[index.of(v)]++;
    }
    return counts;
  }
}
