package dev.northbound.scoring.toolkit.evaluation;

import java.util.List;

/**
 * A gains (lift) table by score band.
 *
 * @param rows the non-empty bands, best first
 * @param totalRows the rows in all bands
 * @param totalBads the bads in all bands, at least 1
 * @param badRate the overall bad rate
 */
public record GainsTable(List<GainsRow> rows, long totalRows, long totalBads, double badRate) {

  /** Checks the totals; the list is copied. */
  public GainsTable {
    rows = List.copyOf(rows);
    EvaluationChecks.require(totalBads > 0 && totalBads <= totalRows, "need 0 < totalBads <= totalRows");
    EvaluationChecks.require(badRate > 0 && badRate <= 1, "badRate must be in (0, 1]");
  }
}
