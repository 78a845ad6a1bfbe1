package dev.northbound.scoring.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency, with at most two decimal places.
 *
 * <p>Amounts are kept exactly as issued; conversion to a reporting currency happens only through
 * {@link FxRates}, which never loses the original. Instances are immutable and thread-safe.
 *
 * @param amount the amount, scale at most 2, sign as issued (balances and incomes are never negative
 *     by the rules of the document format, which checks that at the boundary)
 * @param currency the ISO currency
 */
public record Money(BigDecimal amount, Currency currency) {

  /** The largest number of decimal places an amount may carry. */
  public static final int MAX_SCALE = 2;

  /** Hong Kong dollar. */
  public static final Currency HKD = Currency.getInstance("HKD");

  /** Chinese yuan renminbi. */
  public static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Validates the amount.
   *
   * @throws IllegalArgumentException if the amount has more than two decimal places
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.scale() > MAX_SCALE && amount.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "amount must have at most " + MAX_SCALE + " decimal places, found " + amount.scale());
    }
  }

  /** Creates an amount from its decimal text, for example {@code Money.of("1234.50", Money.HKD)}. */
  public static Money of(String amount, Currency currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** Creates an amount. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
