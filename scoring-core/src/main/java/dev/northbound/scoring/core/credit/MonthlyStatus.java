package dev.northbound.scoring.core.credit;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The status of an account in one calendar month.
 *
 * @param month the month
 * @param status the canonical status
 */
public record MonthlyStatus(YearMonth month, PaymentStatus status) {
  /** Validates the components. */
  public MonthlyStatus {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(status, "status");
  }
}
