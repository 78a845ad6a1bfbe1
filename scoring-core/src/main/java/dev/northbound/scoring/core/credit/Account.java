package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One tradeline on a Hong Kong bureau report. The family is closed: credit cards, revolving loans
 * and instalment loans.
 */
public sealed interface Account permits CreditCardAccount, RevolvingLoanAccount, InstalmentLoanAccount {

  /** The bureau's reference for the account (not the lender's account number). */
  String accountId();

  /** The date the account was opened. */
  LocalDate openedOn();

  /** The date it was closed, if it was. */
  Optional<LocalDate> closedOn();

  /** The amount currently past due. */
  Money pastDue();

  /** The outstanding balance. */
  Money balance();

  /** The monthly repayment history. */
  PaymentHistory history();

  /** Whether the account is revolving (a card or a revolving loan). */
  default boolean isRevolving() {
    return !(this instanceof InstalmentLoanAccount);
  }

  /** Whether the account was open on the given date. */
  default boolean isOpenOn(LocalDate date) {
    return !openedOn().isAfter(date) && closedOn().map(c -> c.isAfter(date)).orElse(true);
  }
}
