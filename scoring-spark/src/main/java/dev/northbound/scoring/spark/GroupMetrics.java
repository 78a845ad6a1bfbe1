package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.evaluation.BandCounts;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.Arrays;

/**
 * The single-machine metrics (docs/metrics.md) computed from a merged {@link ScoreGroups} table in
 * O(distinct scores). The rank metrics are {@code models.evaluation}'s own code run on the counts,
 * so the results are equal, not close.
 */
final class GroupMetrics {

  private static final int CHUNK = 1 << 16;

  private final ScoreGroups t;
  private final ScoreOrientation orientation;

  GroupMetrics(ScoreGroups groups, ScoreOrientation orientation) {
    this.t = groups;
    this.orientation = orientation;
    long totalBads = groups.totalBads();
    long totalGoods = groups.totalGoods();
    if (totalBads == 0 || totalGoods == 0) {
      throw new InvalidInputException("/bad", "must contain at least one bad and one good",
          (totalBads == 0 ? "no bads" : "no goods") + " among " + groups.rows() + " rows");
    }
  }

  /**
   * AUC, Gini, KS and accuracy ratio by the single-machine implementation itself
   * ({@link Discrimination#summarizeCounts}), fed the merged counts.
   */
  DiscriminationSummary discrimination() {
    return Discrimination.summarizeCounts(Arrays.copyOf(t.score, t.size), Arrays.copyOf(t.bads, t.size),
        Arrays.copyOf(t.goods, t.size), orientation);
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
