package dev.northbound.scoring.toolkit.evaluation;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Discrimination metrics: how well a score ranks bads above goods. Every method takes the scores,
 * the outcomes ({@code true} = bad) and the orientation of the score, runs in O(n log n) (two
 * primitive sorts) and treats tied scores as one group (average ranks).
 *
 * <p>Stateless and thread-safe. Every method throws {@link IllegalArgumentException} if the arrays
 * differ in length and {@link dev.northbound.scoring.core.InvalidInputException} if a score is not
 * finite, the arrays are empty, or there is no bad or no good.
 */
public final class Discrimination {

  /** The default maximum number of points of a ROC or CAP curve, enough for a plot. */
  public static final int DEFAULT_CURVE_POINTS = 500;

  private Discrimination() {}

  /**
   * The AUC: the probability that a random bad is riskier than a random good, ties counting one
   * half (the Mann–Whitney statistic divided by bads × goods).
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @return the AUC in [0, 1]
   */
  public static double auc(double[] scores, boolean[] bad, ScoreOrientation orientation) {
    return RankMetrics.auc(groups(scores, bad, orientation));
  }

  /**
   * The Gini coefficient, {@code 2 * AUC - 1}.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @return the Gini coefficient in [-1, 1]
   */
  public static double gini(double[] scores, boolean[] bad, ScoreOrientation orientation) {
    return 2 * auc(scores, bad, orientation) - 1;
  }

  /**
   * The KS statistic and the cutoff where it peaks.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @return the statistic
   */
  public static KsStatistic ks(double[] scores, boolean[] bad, ScoreOrientation orientation) {
    return RankMetrics.ks(groups(scores, bad, orientation));
  }

  /**
   * The accuracy ratio, from the area A under the CAP curve: {@code (A - 1/2) / ((1 - π) / 2)},
   * π the share of bads. Mathematically equal to the Gini coefficient of the same ordering.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @return the accuracy ratio in [-1, 1]
   */
  public static double accuracyRatio(
      double[] scores, boolean[] bad, ScoreOrientation orientation) {
    return RankMetrics.accuracyRatio(groups(scores, bad, orientation));
  }

  /**
   * All of the above in one pass over the data.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @return the summary
   */
  public static DiscriminationSummary summarize(
      double[] scores, boolean[] bad, ScoreOrientation orientation) {
    return summarize(groups(scores, bad, orientation));
  }

  /**
   * The same summary from rows already counted by distinct score, as a distributed job merges
   * them: the same exact sums in the same order, so the result equals {@link #summarize(double[],
   * boolean[], ScoreOrientation)} on the rows the counts describe, to the last bit.
   *
   * @param scores the distinct scores, finite and strictly ascending ({@code -0.0} is {@code 0.0})
   * @param bads the number of bads at each score
   * @param goods the number of goods at each score
   * @param orientation which way the score points
   * @return the summary
   * @throws IllegalArgumentException if the arrays differ in length, the scores are not strictly
   *     ascending, a count is negative, or the rows exceed {@code Integer.MAX_VALUE}
   */
  public static DiscriminationSummary summarizeCounts(
      double[] scores, long[] bads, long[] goods, ScoreOrientation orientation) {
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(bads, "bads");
    Objects.requireNonNull(goods, "goods");
    return summarize(TieGroups.ofCounts(scores, bads, goods, orientation));
  }

  static DiscriminationSummary summarize(TieGroups t) {
    double auc = RankMetrics.auc(t);
    return new DiscriminationSummary(t.rows(), t.totalBads, auc, 2 * auc - 1, RankMetrics.ks(t),
        RankMetrics.accuracyRatio(t));
  }

  /**
   * The ROC curve, thinned to at most {@code maxPoints} evenly spaced points (both ends kept).
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param maxPoints the maximum number of points, at least 2
   * @return the points from (0, 0) to (1, 1), riskiest cutoff first
   */
  public static List<CurvePoint> roc(
      double[] scores, boolean[] bad, ScoreOrientation orientation, int maxPoints) {
    EvaluationChecks.require(maxPoints >= 2, "maxPoints must be at least 2; found " + maxPoints);
    return RankMetrics.curve(groups(scores, bad, orientation), false, maxPoints);
  }

  /**
   * The cumulative accuracy profile (CAP, Lorenz or power curve), thinned like {@link #roc}.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param maxPoints the maximum number of points, at least 2
   * @return the points from (0, 0) to (1, 1), riskiest cutoff first
   */
  public static List<CurvePoint> cap(
      double[] scores, boolean[] bad, ScoreOrientation orientation, int maxPoints) {
    EvaluationChecks.require(maxPoints >= 2, "maxPoints must be at least 2; found " + maxPoints);
    return RankMetrics.curve(groups(scores, bad, orientation), true, maxPoints);
  }

  /**
   * DeLong's confidence interval for the AUC.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param confidence the two-sided confidence level, in (0, 1), for example 0.95
   * @return the interval with DeLong's variance
   */
  public static DeLongInterval delong(
      double[] scores, boolean[] bad, ScoreOrientation orientation, double confidence) {
    EvaluationChecks.require(confidence > 0 && confidence < 1, "confidence must be in (0, 1)");
    TieGroups t = groups(scores, bad, orientation);
    double auc = RankMetrics.auc(t);
    double variance = RankMetrics.delongVariance(t, auc);
    double se = Math.sqrt(variance);
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
    return new DeLongInterval(auc, variance, se, confidence, Math.max(0, auc - z * se),
        Math.min(1, auc + z * se));
  }

  private static TieGroups groups(double[] scores, boolean[] bad, ScoreOrientation orientation) {
    Objects.requireNonNull(orientation, "orientation");
    return TieGroups.of(scores, bad, orientation);
  }
}
