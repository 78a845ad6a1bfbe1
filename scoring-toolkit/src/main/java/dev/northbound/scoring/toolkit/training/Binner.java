package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Optimal binning of one characteristic against a binary target, with WoE and IV per bin.
 *
 * <p><b>Numeric.</b> Missing rows (NaN) go to the missing bin, rows equal to a declared special
 * value to that value's bin. The other values are pre-binned at quantiles: with {@code F} fine
 * bins and {@code n} sorted values {@code x}, the candidate cuts are {@code x[floor(q n / F)]} for
 * {@code q = 1..F-1}, kept when greater than the smallest value and the previous cut; fine bins
 * are {@code [cut_q, cut_q+1)} with {@code -inf} and {@code +inf} at the ends. The fine bins are
 * then merged into contiguous groups by an exact dynamic programme that maximises the total IV
 * subject to: each group holds at least {@code minShare} of the whole sample, {@code minBads} bad
 * and {@code minGoods} good rows; at most {@code maxBins} groups; the bad rate follows the trend
 * strictly. {@link Trend#AUTO} runs the programme for ASCENDING, DESCENDING, PEAK and VALLEY and
 * keeps the highest IV (earlier in that order on a tie). When no grouping meets the constraints,
 * one bin {@code (-inf, +inf)} is returned.
 *
 * <p><b>Categorical.</b> Labels holding less than {@code minShare} of the sample (including labels
 * never seen) are pooled into one rare group; the groups are ordered by bad rate (an empty group
 * takes the sample's bad rate) and merged by the same programme with an ascending trend, so that
 * each final group meets the count constraints. Missing codes go to the missing bin.
 *
 * <p><b>Weights.</b> Each method has a form that takes one weight per row (finite, greater than 0).
 * Every count above then becomes a sum of weights: the goods and bads of a bin and of the sample
 * (so WoE and IV are taken on weighted shares), the sample size behind {@code minShare}, the
 * {@code minBads} and {@code minGoods} checks, and the quantile pre-binning, whose cut {@code q}
 * is the smallest sorted value {@code x[i]} with {@code F * C[i] > q * W} ({@code C[i]} the weight
 * of the values up to and including {@code x[i]}, {@code W} the total). With integer weights this
 * is exactly the binning of the data set in which each row is repeated as many times as its
 * weight; the forms without weights equal the forms with every weight 1, bit for bit.
 *
 * <p>Every result has exactly one missing bin, even when no row is missing (then its WoE is 0).
 * Stateless and thread-safe.
 */
public final class Binner {

  private static final List<Trend> AUTO_ORDER =
      List.of(Trend.ASCENDING, Trend.DESCENDING, Trend.PEAK, Trend.VALLEY);

  private Binner() {}

  /**
   * Bins a characteristic optimally.
   *
   * @param column the characteristic
   * @param bad the target, {@code true} for bad, one per row
   * @param constraints the binning constraints
   * @param specials declared special values of a numeric column, each kept in its own bin
   *     (ignored for a categorical column)
   * @return the bins with WoE and IV
   * @throws InvalidInputException if the target has only goods or only bads
   */
  public static BinningResult bin(Column column, boolean[] bad, BinningConstraints constraints,
      List<Attribute.Special> specials) {
    return bin(column, bad, Weights.ones(bad.length), constraints, specials);
  }

  /**
   * Bins a characteristic optimally on weighted rows (see the class comment).
   *
   * @param column the characteristic
   * @param bad the target, {@code true} for bad, one per row
   * @param weights the weight of each row, finite and greater than 0
   * @param constraints the binning constraints
   * @param specials declared special values of a numeric column (ignored for a categorical one)
   * @return the bins with weighted WoE and IV
   * @throws InvalidInputException if the target has no good or no bad weight
   * @throws IllegalArgumentException if a weight is not finite and positive
   */
  public static BinningResult bin(Column column, boolean[] bad, double[] weights,
      BinningConstraints constraints, List<Attribute.Special> specials) {
    Counts counts = Counts.of(column, bad, weights);
    if (column instanceof NumericColumn numeric) {
      double[][] regular = regularValues(numeric, weights, specials);
      double[] cuts = fineCuts(regular[0], regular[1], constraints.fineBins());
      double[][] fine = fineCounts(numeric, bad, weights, specials, cuts);
      MergeSearch search = new MergeSearch(fine[0], fine[1], counts.goods, counts.bads,
          counts.total(), constraints);
      MergeSearch.Grouping best = null;
      Trend chosen = Trend.ASCENDING;
      List<Trend> trends =
          constraints.trend() == Trend.AUTO ? AUTO_ORDER : List.of(constraints.trend());
      for (Trend trend : trends) {
        java.util.Optional<MergeSearch.Grouping> found = search.search(trend);
        if (found.isPresent() && (best == null || found.get().iv() > best.iv())) {
          best = found.get();
          chosen = trend;
        }
      }
      int[] starts = best == null ? new int[] {0} : best.starts();
      double[] kept = new double[starts.length - 1];
      for (int g = 1; g < starts.length; g++) {
        kept[g - 1] = cuts[starts[g] - 1];
      }
      return numeric(numeric, bad, weights, kept, specials, counts, Optional.of(chosen));
    }
    CategoricalColumn categorical = (CategoricalColumn) column;
    return CategoryGrouper.group(categorical, bad, weights, constraints, counts);
  }

  /**
   * Bins a numeric characteristic at given cuts: intervals {@code (-inf, c0), [c0, c1), ...,
   * [ck, +inf)}, then the special bins, then the missing bin.
   *
   * @param cuts finite, strictly increasing cut points (may be empty)
   * @throws IllegalArgumentException if the cuts are not finite and strictly increasing
   * @throws InvalidInputException if the target has only goods or only bads
   */
  public static BinningResult fixedNumeric(NumericColumn column, boolean[] bad, double[] cuts,
      List<Attribute.Special> specials) {
    return fixedNumeric(column, bad, Weights.ones(bad.length), cuts, specials);
  }

  /**
   * Bins a numeric characteristic at given cuts on weighted rows; see
   * {@link #fixedNumeric(NumericColumn, boolean[], double[], List)}.
   *
   * @param weights the weight of each row, finite and greater than 0
   * @throws IllegalArgumentException if the cuts are not finite and strictly increasing, or a
   *     weight is not finite and positive
   * @throws InvalidInputException if the target has no good or no bad weight
   */
  public static BinningResult fixedNumeric(NumericColumn column, boolean[] bad, double[] weights,
      double[] cuts, List<Attribute.Special> specials) {
    for (int i = 0; i < cuts.length; i++) {
      if (!Double.isFinite(cuts[i]) || (i > 0 && !(cuts[i] > cuts[i - 1]))) {
        throw new IllegalArgumentException("cuts must be finite and strictly increasing");
      }
    }
    return numeric(column, bad, weights, cuts.clone(), specials, Counts.of(column, bad, weights),
        Optional.empty());
  }

  /**
   * Bins a categorical characteristic into given groups of labels, then the missing bin. Labels
   * of the column's dictionary in no group are counted in the missing bin.
   *
   * @param groups disjoint groups of labels, in output order
   * @throws InvalidInputException if the target has only goods or only bads
   */
  public static BinningResult fixedCategorical(CategoricalColumn column, boolean[] bad,
      List<List<String>> groups) {
    return fixedCategorical(column, bad, Weights.ones(bad.length), groups);
  }

  /**
   * Bins a categorical characteristic into given groups on weighted rows; see
   * {@link #fixedCategorical(CategoricalColumn, boolean[], List)}.
   *
   * @param weights the weight of each row, finite and greater than 0
   * @throws IllegalArgumentException if a weight is not finite and positive
   * @throws InvalidInputException if the target has no good or no bad weight
   */
  public static BinningResult fixedCategorical(CategoricalColumn column, boolean[] bad,
      double[] weights, List<List<String>> groups) {
    List<Attribute> attributes = new ArrayList<>();
    groups.forEach(g -> attributes.add(new Attribute.Categories(g)));
    attributes.add(Attribute.Missing.INSTANCE);
    return tabulate(column, bad, weights, attributes, Counts.of(column, bad, weights),
        Optional.empty());
  }

  static BinningResult tabulate(Column column, boolean[] bad, double[] weights,
      List<Attribute> attributes, Counts counts, Optional<Trend> trend) {
    List<WoeBin> empty = attributes.stream()
        .map(a -> new WoeBin(a, 0, 0, 0, 0)).toList();
    BinningResult layout = new BinningResult(
        column.name(), column instanceof NumericColumn, trend, empty, 0);
    long[] goods = new long[attributes.size()];
    long[] bads = new long[attributes.size()];
    double[] goodWeights = new double[attributes.size()];
    double[] badWeights = new double[attributes.size()];
    int[] index = layout.binIndices(column);
    for (int r = 0; r < index.length; r++) {
      if (bad[r]) {
        bads[index[r]]++;
        badWeights[index[r]] += weights[r];
      } else {
        goods[index[r]]++;
        goodWeights[index[r]] += weights[r];
      }
    }
    List<WoeBin> bins = new ArrayList<>();
    double iv = 0;
    for (int i = 0; i < goods.length; i++) {
      WoeBin bin = WoeBin.of(attributes.get(i), goods[i], bads[i], goodWeights[i], badWeights[i],
          counts.goods, counts.bads);
      bins.add(bin);
      iv += bin.iv();
    }
    return new BinningResult(column.name(), layout.numeric(), trend, bins, iv);
  }

  private static BinningResult numeric(NumericColumn column, boolean[] bad, double[] weights,
      double[] cuts,
      List<Attribute.Special> specials, Counts counts, Optional<Trend> trend) {
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i <= cuts.length; i++) {
      double lower = i == 0 ? Double.NEGATIVE_INFINITY : cuts[i - 1];
      double upper = i == cuts.length ? Double.POSITIVE_INFINITY : cuts[i];
      attributes.add(Attribute.Interval.closedOpen(lower, upper));
    }
    attributes.addAll(specials);
    attributes.add(Attribute.Missing.INSTANCE);
    return tabulate(column, bad, weights, attributes, counts, trend);
  }

  /** The values that are neither missing nor special, sorted, and their weights (in that order). */
  private static double[][] regularValues(NumericColumn column, double[] weights,
      List<Attribute.Special> specials) {
    Integer[] rows = new Integer[column.size()];
    int n = 0;
    for (int r = 0; r < rows.length; r++) {
      double v = column.value(r);
      if (!Double.isNaN(v) && specials.stream().noneMatch(s -> s.value() == v)) {
        rows[n++] = r;
      }
    }
    Integer[] kept = Arrays.copyOf(rows, n);
    Arrays.sort(kept, (a, b) -> Double.compare(column.value(a), column.value(b)));
    double[][] out = new double[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = column.value(kept[i]);
      out[1][i] = weights[kept[i]];
    }
    return out;
  }

  /**
   * The weighted quantile cuts: for {@code q = 1..F-1} the smallest sorted value {@code x[i]} with
   * {@code F * C[i] > q * W}, kept when greater than the smallest value and the previous cut. With
   * every weight 1 this is {@code x[floor(q n / F)]}, as {@link #fineCuts(double[], int)}.
   */
  static double[] fineCuts(double[] sorted, double[] weights, int fineBins) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] cuts = new double[Math.max(0, fineBins - 1)];
    int n = 0;
    int i = 0;
    double cumulative = sorted.length > 0 ? weights[0] : 0;
    for (int q = 1; q < fineBins && sorted.length > 0; q++) {
      while (i < sorted.length - 1 && !(fineBins * cumulative > q * total)) {
        cumulative += weights[++i];
      }
      double cut = sorted[i];
      if (cut > sorted[0] && (n == 0 || cut > cuts[n - 1])) {
        cuts[n++] = cut;
      }
    }
    return Arrays.copyOf(cuts, n);
  }

  static double[] fineCuts(double[] sorted, int fineBins) {
    double[] cuts = new double[Math.max(0, fineBins - 1)];
    int n = 0;
    for (int q = 1; q < fineBins && sorted.length > 0; q++) {
      double cut = sorted[(int) ((long) q * sorted.length / fineBins)];
      if (cut > sorted[0] && (n == 0 || cut > cuts[n - 1])) {
        cuts[n++] = cut;
      }
    }
    return Arrays.copyOf(cuts, n);
  }

  private static double[][] fineCounts(NumericColumn column, boolean[] bad, double[] weights,
      List<Attribute.Special> specials, double[] cuts) {
    double[][] counts = new double[2][cuts.length + 1];
    for (int r = 0; r < bad.length; r++) {
      double v = column.value(r);
      if (Double.isNaN(v) || specials.stream().anyMatch(s -> s.value() == v)) {
        continue;
      }
      int at = Arrays.binarySearch(cuts, v);
      int bin = at >= 0 ? at + 1 : -at - 1;
      counts[bad[r] ? 1 : 0][bin] += weights[r];
    }
    return counts;
  }
}
