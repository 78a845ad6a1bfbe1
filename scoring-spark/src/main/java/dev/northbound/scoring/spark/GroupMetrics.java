package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.evaluation.BandCounts;
import dev.northbound.scoring.models.evaluation.DiscriminationSummary;
import dev.northbound.scoring.models.evaluation.KsStatistic;
import dev.northbound.scoring.models.evaluation.ScoreBands;
import dev.northbound.scoring.models.evaluation.ScoreOrientation;
import java.util.Arrays;

/**
 * The single-machine metrics (docs/metrics.md) computed from a merged {@link ScoreGroups} table in
 * O(distinct scores): the same definitions, the same exact long sums and the same order of
 * floating-point operations as {@code models.evaluation}, so the results are equal, not close.
 */
final class GroupMetrics {

  private static final int CHUNK = 1 << 16;

  private final ScoreGroups t;
  private final ScoreOrientation orientation;
  private final long totalBads;
  private final long totalGoods;

  GroupMetrics(ScoreGroups groups, ScoreOrientation orientation) {
    this.t = groups;
    this.orientation = orientation;
    this.totalBads = groups.totalBads();
    this.totalGoods = groups.totalGoods();
    if (totalBads == 0 || totalGoods == 0) {
      throw new InvalidInputException("/bad", "must contain at least one bad and one good",
          (totalBads == 0 ? "no bads" : "no goods") + " among " + groups.rows() + " rows");
    }
  }

  /** The table index of the {@code k}-th group in ascending risk. */
  private int at(int k) {
    return orientation == ScoreOrientation.HIGHER_IS_BETTER ? t.size - 1 - k : k;
  }

  DiscriminationSummary discrimination() {
    double auc = auc();
    return new DiscriminationSummary(Math.toIntExact(t.rows()), Math.toIntExact(totalBads), auc, 2 * auc - 1, ks(),
        accuracyRatio());
  }

  /** Mann–Whitney, twice the numerator summed exactly in longs. */
  double auc() {
    long twiceNumerator = 0;
    long goodsBelow = 0;
    for (int k = 0; k < t.size; k++) {
      int i = at(k);
      twiceNumerator += t.bads[i] * (2 * goodsBelow + t.goods[i]);
      goodsBelow += t.goods[i];
    }
    return twiceNumerator / (2.0 * totalBads * totalGoods);
  }

  /** The KS statistic and its cutoff, walking from the least risky group; the first largest gap wins. */
  KsStatistic ks() {
    boolean after = orientation == ScoreOrientation.HIGHER_IS_BETTER;
    long cumBads = 0;
    long cumGoods = 0;
    double best = -1;
    double cutoff = 0;
    for (int k = 0; k < t.size; k++) {
      int i = at(k);
      if (after) {
        cumBads += t.bads[i];
        cumGoods += t.goods[i];
      }
      double gap = Math.abs((double) cumGoods / totalGoods - (double) cumBads / totalBads);
      if (gap > best) {
        best = gap;
        cutoff = t.score[i] + 0.0;
      }
      if (!after) {
        cumBads += t.bads[i];
        cumGoods += t.goods[i];
      }
    }
    return new KsStatistic(best, cutoff);
  }

  /** The accuracy ratio from the exact CAP area, (S − n m) / (m (n − m)). */
  double accuracyRatio() {
    long s = 0;
    long flaggedBads = 0;
    for (int k = t.size - 1; k >= 0; k--) {
      int i = at(k);
      long before = flaggedBads;
      flaggedBads += t.bads[i];
      s += (t.bads[i] + t.goods[i]) * (before + flaggedBads);
    }
    long nm = t.rows() * totalBads;
    return (s - nm) / ((double) totalBads * totalGoods);
  }

  double brierScore() {
    double sum = 0;
    for (int i = 0; i < t.size; i++) {
      sum += t.brierSum[i];
    }
    return sum / t.rows();
  }

  double logLoss() {
    double sum = 0;
    for (int i = 0; i < t.size; i++) {
      sum += t.logLossSum[i];
    }
    return -sum / t.rows();
  }

  /** {@link ScoreBands#quantiles} of every row's score, from the cumulative counts. */
  static ScoreBands quantiles(ScoreGroups t, int count) {
    long n = t.rows();
    double[] cuts = new double[count - 1];
    int k = 0;
    int group = 0;
    long below = 0; // rows in groups before `group`
    for (int j = 1; j < count; j++) {
      long index = j * n / count;
      while (below + t.bads[group] + t.goods[group] <= index) {
        below += t.bads[group] + t.goods[group];
        group++;
      }
      double cut = t.score[group];
      if (cut > t.score[0] && (k == 0 || cut > cuts[k - 1])) {
        cuts[k++] = cut;
      }
    }
    return ScoreBands.of(Arrays.copyOf(cuts, k));
  }

  /**
   * The histogram over {@code bands}, with outcomes and PDs ({@code labelled}) or of scores only.
   * Each row's PD is its score's shared PD (always, for a scorecard), else the score's mean PD.
   */
  static BandCounts bandCounts(ScoreGroups t, ScoreBands bands, boolean labelled) {
    double[] scores = new double[CHUNK];
    boolean[] bad = new boolean[CHUNK];
    double[] pd = new double[CHUNK];
    BandCounts total = null;
    int fill = 0;
    for (int i = 0; i < t.size; i++) {
      long rows = t.bads[i] + t.goods[i];
      double p = Double.isNaN(t.pd[i]) ? Math.min(1, t.pdSum[i] / rows) : t.pd[i];
      for (long r = 0; r < rows; r++) {
        scores[fill] = t.score[i];
        bad[fill] = r < t.bads[i];
        pd[fill] = p;
        if (++fill == CHUNK) {
          total = add(total, chunk(bands, scores, bad, pd, fill, labelled));
          fill = 0;
        }
      }
    }
    if (fill > 0 || total == null) {
      total = add(total, chunk(bands, scores, bad, pd, fill, labelled));
    }
    return total;
  }

  private static BandCounts chunk(ScoreBands bands, double[] scores, boolean[] bad, double[] pd, int n,
      boolean labelled) {
    double[] s = Arrays.copyOf(scores, n);
    return labelled ? BandCounts.of(bands, s, Arrays.copyOf(bad, n), Arrays.copyOf(pd, n)) : BandCounts.of(bands, s);
  }

  private static BandCounts add(BandCounts total, BandCounts next) {
    return total == null ? next : total.merge(next);
  }
}
