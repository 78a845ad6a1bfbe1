package dev.northbound.scoring.toolkit.evaluation;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The PSI of one month's scores against the baseline.
 *
 * @param month the month
 * @param rows the rows scored in that month, at least 1
 * @param index the PSI
 */
public record MonthlyStability(YearMonth month, long rows, StabilityIndex index) {

  /** Checks the components. */
  public MonthlyStability {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(index, "index");
    EvaluationChecks.require(rows > 0, "rows must be at least 1");
  }
}
