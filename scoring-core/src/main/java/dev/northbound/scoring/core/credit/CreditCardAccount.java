package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit card.
 *
 * @param accountId the bureau's reference
 * @param creditLimit the credit limit; not negative
 * @param balance the statement balance; not negative
 * @param pastDue the amount past due; not negative
 * @param openedOn the opening date
 * @param closedOn the closing date, if closed; not before {@code openedOn}
 * @param history the monthly history
 */
public record CreditCardAccount(
    String accountId,
    Money creditLimit,
    Money balance,
    Money pastDue,
    LocalDate openedOn,
    Optional<LocalDate> closedOn,
    PaymentHistory history)
    implements Account {

  /** Validates the account. */
  public CreditCardAccount {
    RecordChecks.notBlank(accountId, "accountId");
    RecordChecks.nonNegative(creditLimit, "creditLimit");
    RecordChecks.nonNegative(balance, "balance");
    RecordChecks.nonNegative(pastDue, "pastDue");
    RecordChecks.sameCurrency(creditLimit, balance, "creditLimit", "balance");
    RecordChecks.sameCurrency(creditLimit, pastDue, "creditLimit", "pastDue");
    Objects.requireNonNull(openedOn, "openedOn");
    RecordChecks.notBefore(closedOn, openedOn, "closedOn", "openedOn");
    Objects.requireNonNull(history, "history");
  }
}
