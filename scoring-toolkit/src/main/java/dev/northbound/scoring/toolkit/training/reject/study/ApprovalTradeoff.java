package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.toolkit.evaluation.BusinessMetrics;
import dev.northbound.scoring.toolkit.evaluation.CutoffOutcome;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.Arrays;

/**
 * The approval/bad-rate trade-off through the door at the incumbent's approval rate: the candidate
 * approves the same share of the test applicants as the incumbent did, those with the lowest
 * probability of bad, and the truth says how many of them go bad.
 *
 * @param incumbentApprovalRate the share of the test applicants the incumbent accepted
 * @param incumbentBadRate the bad rate among the incumbent's own test accepts
 * @param approved the test applicants the candidate approves: those whose probability of bad is
 *     below the cutoff ({@link BusinessMetrics#atCutoff}), the cutoff being the
 *     {@code round(incumbentApprovalRate · n)}-th smallest probability (ties at the cutoff are all
 *     declined, so it may approve slightly fewer)
 * @param approvalRate {@code approved / n}
 * @param badRate the bad rate among the approved (0 when none is approved)
 */
public record ApprovalTradeoff(double incumbentApprovalRate, double incumbentBadRate, long approved,
    double approvalRate, double badRate) {

  /** The trade-off of {@code pd} on rows whose truth is {@code bad}, approving {@code share}. */
  static ApprovalTradeoff of(double[] pd, boolean[] bad, double share, double incumbentBadRate) {
    double[] sorted = pd.clone();
    Arrays.sort(sorted);
    int k = (int) Math.round(share * pd.length);
    double cutoff = k < sorted.length ? sorted[k] : Math.nextUp(sorted[sorted.length - 1]);
    CutoffOutcome outcome =
        BusinessMetrics.atCutoff(pd, bad, ScoreOrientation.HIGHER_IS_RISKIER, cutoff);
    return new ApprovalTradeoff(share, incumbentBadRate, outcome.approved(),
        outcome.approvalRate(), outcome.approvedBadRate().orElse(0));
  }
}
