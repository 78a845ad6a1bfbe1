package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An instalment loan.
 *
 * @param accountId the bureau's reference
 * @param kind personal, mortgage, hire purchase, tax or student
 * @param originalAmount the amount lent; positive
 * @param balance the outstanding principal; not negative
 * @param monthlyInstalment the contractual monthly instalment; not negative
 * @param termMonths the term in months, 1 to 480
 * @param pastDue the amount past due; not negative
 * @param openedOn the opening date
 * @param closedOn the closing date, if closed; not before {@code openedOn}
 * @param history the monthly history
 */
public record InstalmentLoanAccount(
    String accountId,
    LoanKind kind,
    Money originalAmount,
    Money balance,
    Money monthlyInstalment,
    int termMonths,
    Money pastDue,
    LocalDate openedOn,
    Optional<LocalDate> closedOn,
    PaymentHistory history)
    implements Account {

  /** The longest term accepted (40 years). */
  public static final int MAX_TERM_MONTHS = 480;

  /** Validates the account. */
  public InstalmentLoanAccount {
    RecordChecks.notBlank(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    RecordChecks.positive(originalAmount, "originalAmount");
    RecordChecks.nonNegative(balance, "balance");
    RecordChecks.nonNegative(monthlyInstalment, "monthlyInstalment");
    RecordChecks.nonNegative(pastDue, "pastDue");
    RecordChecks.sameCurrency(originalAmount, balance, "originalAmount", "balance");
    RecordChecks.sameCurrency(originalAmount, monthlyInstalment, "originalAmount", "monthlyInstalment");
    RecordChecks.sameCurrency(originalAmount, pastDue, "originalAmount", "pastDue");
    if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
      throw new IllegalArgumentException(
          "termMonths must be between 1 and " + MAX_TERM_MONTHS + ", found " + termMonths);
    }
    Objects.requireNonNull(openedOn, "openedOn");
    RecordChecks.notBefore(closedOn, openedOn, "closedOn", "openedOn");
    Objects.requireNonNull(history, "history");
  }
}
