package dev.northbound.scoring.toolkit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The rank metrics, each a single pass over {@link TieGroups}. */
final class RankMetrics {

  private RankMetrics() {}

  /**
   * Mann–Whitney AUC: the probability that a random bad is riskier than a random good, ties
   * counting one half. Summed exactly in longs as twice the numerator.
   */
  static double auc(TieGroups t) {
    long twiceNumerator = 0;
    long goodsBelow = 0;
    for (int k = 0; k < t.size; k++) {
      twiceNumerator += (long) t.bads[k] * (2 * goodsBelow + t.goods[k]);
      goodsBelow += t.goods[k];
    }
    return twiceNumerator / (2.0 * t.totalBads * t.totalGoods);
  }

  /**
   * The KS statistic and the cutoff where it peaks. The splits are the approval sets at each
   * distinct score used as a cutoff ({@link ScoreOrientation#approves}); walking from the least
   * risky group, the first split with the largest gap wins.
   */
  static KsStatistic ks(TieGroups t) {
    boolean after = t.orientation == ScoreOrientation.HIGHER_IS_BETTER;
    long cumBads = 0;
    long cumGoods = 0;
    double best = -1;
    double cutoff = 0;
    for (int k = 0; k < t.size; k++) {
      if (after) {
        cumBads += t.bads[k];
        cumGoods += t.goods[k];
      }
      double gap = Math.abs((double) cumGoods / t.totalGoods - (double) cumBads / t.totalBads);
      if (gap > best) {
        best = gap;
        cutoff = t.score(k);
      }
      if (!after) {
        cumBads += t.bads[k];
        cumGoods += t.goods[k];
      }
    }
    return new KsStatistic(best, cutoff);
  }

  /**
   * The accuracy ratio from the area A under the CAP curve (trapezoids over tie groups, riskiest
   * first): AR = (A − 1/2) / ((1 − π) / 2), π the bad share. With A = S / (2 n m), S = Σ Δn (B₀ +
   * B₁) over the groups (rows Δn, cumulative bads B before and after), this is exactly (S − n m) /
   * (m (n − m)), m the bads; S and n m are summed exactly in longs (S &lt; 2 n m &lt; 2⁶³).
   */
  static double accuracyRatio(TieGroups t) {
    long s = 0;
    long flaggedBads = 0;
    for (int k = t.size - 1; k >= 0; k--) {
      long before = flaggedBads;
      flaggedBads += t.bads[k];
      s += (long) (t.bads[k] + t.goods[k]) * (before + flaggedBads);
    }
    long nm = (long) t.rows() * t.totalBads;
    return (s - nm) / ((double) t.totalBads * t.totalGoods);
  }

  /** DeLong's variance of the AUC from the placement values of the bads and of the goods. */
  static double delongVariance(TieGroups t, double auc) {
    long goodsBelow = 0;
    long badsAbove = t.totalBads;
    double s10 = 0;
    double s01 = 0;
    for (int k = 0; k < t.size; k++) {
      badsAbove -= t.bads[k];
      double v10 = (goodsBelow + 0.5 * t.goods[k]) / t.totalGoods;
      double v01 = (badsAbove + 0.5 * t.bads[k]) / t.totalBads;
      s10 += t.bads[k] * (v10 - auc) * (v10 - auc);
      s01 += t.goods[k] * (v01 - auc) * (v01 - auc);
      goodsBelow += t.goods[k];
    }
    double var10 = t.totalBads > 1 ? s10 / (t.totalBads - 1) : 0;
    double var01 = t.totalGoods > 1 ? s01 / (t.totalGoods - 1) : 0;
    return var10 / t.totalBads + var01 / t.totalGoods;
  }

  /**
   * The curve through every tie group, riskiest first, starting at (0, 0): ROC (x = share of goods
   * flagged) or CAP (x = share of all rows flagged); y = share of bads flagged.
   */
  static List<CurvePoint> curve(TieGroups t, boolean cap, int maxPoints) {
    int full = t.size + 1;
    int keep = Math.min(full, maxPoints);
    List<CurvePoint> points = new ArrayList<>(keep);
    points.add(new CurvePoint(0, 0, OptionalDouble.empty()));
    long flaggedBads = 0;
    long flaggedGoods = 0;
    int next = 1;
    for (int i = 1; i < full; i++) {
      int k = t.size - i;
      flaggedBads += t.bads[k];
      flaggedGoods += t.goods[k];
      if (i == thinnedIndex(next, keep, full)) {
        double x = cap ? (double) (flaggedBads + flaggedGoods) / t.rows()
            : (double) flaggedGoods / t.totalGoods;
        points.add(new CurvePoint(x, (double) flaggedBads / t.totalBads,
            OptionalDouble.of(t.score(k))));
        next++;
      }
    }
    return List.copyOf(points);
  }

  /** The {@code j}-th of {@code keep} evenly spaced indices in [0, full − 1], ends included. */
  static int thinnedIndex(int j, int keep, int full) {
    return keep == full ? j : (int) Math.round((double) j * (full - 1) / (keep - 1));
  }
}
