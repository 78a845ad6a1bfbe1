package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Arrays;

/**
 * Rows grouped by distinct risk value, in ascending risk: for each group the risk value and how
 * many bads and goods share it. Built in O(n log n) by sorting the bads' and the goods' risk values
 * separately (primitive sorts, no boxing) and merging them. Every rank metric is one pass over the
 * groups, so ties are always handled as a group (average ranks).
 */
final class TieGroups {

  final ScoreOrientation orientation;
  final double[] risk;
  final int[] bads;
  final int[] goods;
  final int size;
  final int totalBads;
  final int totalGoods;

  private TieGroups(ScoreOrientation orientation, double[] risk, int[] bads, int[] goods,
      int size, int totalBads, int totalGoods) {
    this.orientation = orientation;
    this.risk = risk;
    this.bads = bads;
    this.goods = goods;
    this.size = size;
    this.totalBads = totalBads;
    this.totalGoods = totalGoods;
  }

  /** Validates the inputs and groups them. */
  static TieGroups of(double[] scores, boolean[] bad, ScoreOrientation orientation) {
    int nBad = EvaluationChecks.scored(scores, bad);
    double[] badRisk = new double[nBad];
    double[] goodRisk = new double[scores.length - nBad];
    int b = 0;
    int g = 0;
    for (int i = 0; i < scores.length; i++) {
      double r = orientation.risk(scores[i]);
      if (bad[i]) {
        badRisk[b++] = r;
      } else {
        goodRisk[g++] = r;
      }
    }
    return ofRisks(badRisk, goodRisk, orientation);
  }

  /**
   * Groups already counted by distinct score: {@code scores} strictly ascending and finite,
   * {@code bads[k]} and {@code goods[k]} the rows at {@code scores[k]}. Validates and reorders them
   * into ascending risk.
   */
  static TieGroups ofCounts(double[] scores, long[] bads, long[] goods,
      ScoreOrientation orientation) {
    EvaluationChecks.sameLength("scores", scores.length, "bads", bads.length);
    EvaluationChecks.sameLength("scores", scores.length, "goods", goods.length);
    EvaluationChecks.finite("scores", scores);
    int n = scores.length;
    double[] risk = new double[n];
    int[] b = new int[n];
    int[] g = new int[n];
    long totalBads = 0;
    long totalGoods = 0;
    boolean reverse = orientation == ScoreOrientation.HIGHER_IS_BETTER;
    for (int i = 0; i < n; i++) {
      EvaluationChecks.require(i == 0 || scores[i - 1] < scores[i],
          "scores must be strictly ascending; index " + i + " is not");
      EvaluationChecks.require(bads[i] >= 0 && goods[i] >= 0,
          "counts must not be negative; index " + i + " is");
      totalBads += bads[i];
      totalGoods += goods[i];
      EvaluationChecks.require(totalBads + totalGoods <= Integer.MAX_VALUE,
          "the rows must number at most " + Integer.MAX_VALUE);
      int k = reverse ? n - 1 - i : i;
      risk[k] = orientation.risk(scores[i]);
      b[k] = (int) bads[i];
      g[k] = (int) goods[i];
    }
    if (totalBads == 0 || totalGoods == 0) {
      throw new InvalidInputException("/bad", "must contain at least one bad and one good",
          (totalBads == 0 ? "no bads" : "no goods") + " among " + (totalBads + totalGoods)
              + " rows");
    }
    return new TieGroups(orientation, risk, b, g, n, (int) totalBads, (int) totalGoods);
  }

  /** Groups the risk values of the bads and of the goods; sorts both arrays in place. */
  static TieGroups ofRisks(double[] badRisk, double[] goodRisk, ScoreOrientation orientation) {
    Arrays.sort(badRisk);
    Arrays.sort(goodRisk);
    int capacity = badRisk.length + goodRisk.length;
    double[] risk = new double[capacity];
    int[] bads = new int[capacity];
    int[] goods = new int[capacity];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < badRisk.length || j < goodRisk.length) {
      double v = j == goodRisk.length || (i < badRisk.length && badRisk[i] <= goodRisk[j])
          ? badRisk[i] : goodRisk[j];
      int b = 0;
      while (i < badRisk.length && badRisk[i] == v) {
        b++;
        i++;
      }
      int g = 0;
      while (j < goodRisk.length && goodRisk[j] == v) {
        g++;
        j++;
      }
      risk[k] = v;
      bads[k] = b;
      goods[k] = g;
      k++;
    }
    return new TieGroups(orientation, risk, bads, goods, k, badRisk.length, goodRisk.length);
  }

  /**
   * The index of the group whose risk value is {@code riskValue}, one of this grouping's risk values
   * ({@link ScoreOrientation#risk} of one of its rows); negative if none is.
   */
  int groupOf(double riskValue) {
    return Arrays.binarySearch(risk, 0, size, riskValue);
  }

  /**
   * The groups of other rows whose risk values are among this grouping's: {@code bads[k]} and
   * {@code goods[k]} of them at group {@code k}'s risk value. Groups with no row are left out, so
   * the result is what {@link #ofRisks} makes of those rows' risk values.
   */
  TieGroups regrouped(int[] bads, int[] goods) {
    EvaluationChecks.sameLength("bads", bads.length, "groups", size);
    EvaluationChecks.sameLength("goods", goods.length, "groups", size);
    int kept = 0;
    for (int k = 0; k < size; k++) {
      kept += bads[k] + goods[k] > 0 ? 1 : 0;
    }
    double[] r = new double[kept];
    int[] b = new int[kept];
    int[] g = new int[kept];
    int totalB = 0;
    int totalG = 0;
    for (int k = 0, j = 0; k < size; k++) {
      if (bads[k] + goods[k] > 0) {
        r[j] = risk[k];
        b[j] = bads[k];
        g[j++] = goods[k];
        totalB += bads[k];
        totalG += goods[k];
      }
    }
    return new TieGroups(orientation, r, b, g, kept, totalB, totalG);
  }

  /** The score (in the caller's orientation) of group {@code k}. */
  double score(int k) {
    return orientation.score(risk[k]);
  }

  int rows() {
    return totalBads + totalGoods;
  }
}
