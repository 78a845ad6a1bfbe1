package dev.northbound.scoring.toolkit.evaluation;

/**
 * The Kolmogorov–Smirnov statistic: the largest gap between the share of goods and the share of
 * bads approved at one cutoff, over every distinct score used as a cutoff.
 *
 * @param value the largest gap, in [0, 1]
 * @param cutoff the score at which it peaks: approving at this cutoff ({@link
 *     ScoreOrientation#approves}) gives the gap; the least risky such score if several tie
 */
public record KsStatistic(double value, double cutoff) {

  /** Checks that the value is in [0, 1] and the cutoff finite. */
  public KsStatistic {
    EvaluationChecks.require(value >= 0 && value <= 1, "value must be in [0, 1]");
    EvaluationChecks.require(Double.isFinite(cutoff), "cutoff must be finite");
  }
}
