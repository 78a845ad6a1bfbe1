package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A utility or telecom bill.
 *
 * @param kind electricity, water, gas, mobile or broadband
 * @param provider the provider's name
 * @param period the billing month
 * @param amount the amount billed; not negative
 * @param dueDate the due date
 * @param paidOn the payment date, or empty if unpaid
 */
public record UtilityBill(
    BillKind kind, String provider, YearMonth period, Money amount, LocalDate dueDate, Optional<LocalDate> paidOn) {
  /** Validates the components. */
  public UtilityBill {
    Objects.requireNonNull(kind, "kind");
    RecordChecks.notBlank(provider, "provider");
    Objects.requireNonNull(period, "period");
    RecordChecks.nonNegative(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paidOn, "paidOn");
  }
}
