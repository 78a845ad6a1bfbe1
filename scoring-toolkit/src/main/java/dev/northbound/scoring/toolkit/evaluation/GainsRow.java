package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;

/**
 * One band of a gains table. Rows are ordered best band first, the order in which a lender would
 * approve them; the cumulative columns cover this band and every better one.
 *
 * @param range the score band
 * @param rows the rows in the band, at least 1
 * @param bads the bads in the band
 * @param badRate {@code bads / rows}
 * @param cumulativeApprovalRate the share of all rows in this band or a better one: the approval
 *     rate if the cutoff were this band's worst edge
 * @param cumulativeBadRate the bad rate among those rows
 * @param lift the band's bad rate divided by the overall bad rate
 */
public record GainsRow(
    BandRange range, long rows, long bads, double badRate, double cumulativeApprovalRate,
    double cumulativeBadRate, double lift) {

  /** Checks the counts and rates. */
  public GainsRow {
    Objects.requireNonNull(range, "range");
    EvaluationChecks.require(rows > 0 && bads >= 0 && bads <= rows, "need 0 <= bads <= rows and rows > 0");
    EvaluationChecks.require(badRate >= 0 && badRate <= 1 && cumulativeApprovalRate > 0
        && cumulativeApprovalRate <= 1 && cumulativeBadRate >= 0 && cumulativeBadRate <= 1,
        "rates must be in [0, 1]");
    EvaluationChecks.require(lift >= 0 && Double.isFinite(lift), "lift must be finite, >= 0");
  }
}
