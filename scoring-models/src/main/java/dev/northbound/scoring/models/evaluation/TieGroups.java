package dev.northbound.scoring.models.evaluation;

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

  /** The score (in the caller's orientation) of group {@code k}. */
  double score(int k) {
    return orientation.score(risk[k]);
  }

  int rows() {
    return totalBads + totalGoods;
  }
}
