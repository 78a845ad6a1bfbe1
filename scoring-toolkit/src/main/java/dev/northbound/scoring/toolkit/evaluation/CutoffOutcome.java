package dev.northbound.scoring.toolkit.evaluation;

import java.util.OptionalDouble;

/**
 * The outcome of one cutoff. A bad is the positive class and "declined" the positive prediction:
 * TP = declined bads, FP = declined goods, TN = approved goods, FN = approved bads.
 *
 * @param cutoff the cutoff ({@link ScoreOrientation#approves})
 * @param approved the rows approved
 * @param declined the rows declined
 * @param approvalRate {@code approved / (approved + declined)}
 * @param approvedBadRate the bad rate among the approved; empty if none is approved
 * @param truePositives declined bads
 * @param falsePositives declined goods
 * @param trueNegatives approved goods
 * @param falseNegatives approved bads
 */
public record CutoffOutcome(
    double cutoff, long approved, long declined, double approvalRate,
    OptionalDouble approvedBadRate, long truePositives, long falsePositives, long trueNegatives,
    long falseNegatives) {

  /** Checks that the counts add up. */
  public CutoffOutcome {
    EvaluationChecks.require(Double.isFinite(cutoff), "cutoff must be finite");
    EvaluationChecks.require(approved == trueNegatives + falseNegatives
        && declined == truePositives + falsePositives, "confusion counts must add up");
    EvaluationChecks.require(approvalRate >= 0 && approvalRate <= 1, "approvalRate must be in [0, 1]");
    EvaluationChecks.require(approvedBadRate.isPresent() == (approved > 0),
        "approvedBadRate is present exactly when some row is approved");
  }
}
