package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Approval and bad rates of one group, and their ratios to the reference group's.
 *
 * @param group the group label
 * @param rows the rows in the group, at least 1
 * @param approved the rows approved at the cutoff
 * @param bads the bads in the group (all rows, approved or not)
 * @param approvalRate {@code approved / rows}
 * @param badRate {@code bads / rows}
 * @param approvalRateRatio this group's approval rate over the reference group's (the adverse
 *     impact ratio); empty if the reference group approves nobody
 * @param badRateRatio this group's bad rate over the reference group's; empty if the reference
 *     group has no bad
 */
public record GroupOutcome(
    String group, long rows, long approved, long bads, double approvalRate, double badRate,
    OptionalDouble approvalRateRatio, OptionalDouble badRateRatio) {

  /** Checks the counts and rates. */
  public GroupOutcome {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(approvalRateRatio, "approvalRateRatio");
    Objects.requireNonNull(badRateRatio, "badRateRatio");
    EvaluationChecks.require(rows > 0 && approved >= 0 && approved <= rows && bads >= 0 && bads <= rows,
        "counts must satisfy 0 <= approved, bads <= rows and rows > 0");
    EvaluationChecks.require(approvalRate >= 0 && approvalRate <= 1 && badRate >= 0 && badRate <= 1,
        "rates must be in [0, 1]");
  }
}
