package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A monthly rent payment.
 *
 * @param period the month the rent is for
 * @param amount the rent due; positive
 * @param dueDate the due date
 * @param paidOn the payment date, or empty if unpaid
 */
public record RentPayment(YearMonth period, Money amount, LocalDate dueDate, Optional<LocalDate> paidOn) {
  /** Validates the components. */
  public RentPayment {
    Objects.requireNonNull(period, "period");
    RecordChecks.positive(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paidOn, "paidOn");
  }
}
