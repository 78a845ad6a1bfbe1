package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

/** Money from doubles (rounded half-up to cents) and a cache of shared immutable month statuses. */
final class SyntheticMoney {
  private SyntheticMoney() {}

  static final Money ZERO_HKD = Money.zero(Money.HKD);
  static final Money ZERO_CNY = Money.zero(Money.CNY);

  private static final YearMonth CACHE_FIRST = YearMonth.of(2000, 1);
  private static final int CACHE_MONTHS = 12 * 100;
  private static final PaymentStatus[] STATUSES = PaymentStatus.values();
  private static final MonthlyStatus[] CACHE = new MonthlyStatus[CACHE_MONTHS * STATUSES.length];

  static {
    for (int m = 0; m < CACHE_MONTHS; m++) {
      YearMonth ym = CACHE_FIRST.plusMonths(m);
      for (PaymentStatus s : STATUSES) {
        CACHE[m * STATUSES.length + s.ordinal()] = new MonthlyStatus(ym, s);
      }
    }
  }

  /** The amount in cents, rounded half-up; negative inputs become zero. */
  static long cents(double amount) {
    return amount <= 0 ? 0L : Math.round(amount * 100.0);
  }

  /** A non-negative amount, rounded to cents. */
  static Money money(double amount, Currency currency) {
    long c = cents(amount);
    if (c == 0) {
      return zero(currency);
    }
    return new Money(BigDecimal.valueOf(c, 2), currency);
  }

  /** An amount of at least one cent. */
  static Money positive(double amount, Currency currency) {
    return new Money(BigDecimal.valueOf(Math.max(1L, cents(amount)), 2), currency);
  }

  /** An amount given in cents. */
  static Money ofCents(long cents, Currency currency) {
    return cents == 0 ? zero(currency) : new Money(BigDecimal.valueOf(cents, 2), currency);
  }

  /** {@code amount} rounded to a multiple of {@code step}, at least {@code step}. */
  static double roundTo(double amount, double step) {
    return Math.max(step, Math.round(amount / step) * step);
  }

  static Money zero(Currency currency) {
    if (currency.equals(Money.HKD)) {
      return ZERO_HKD;
    }
    return currency.equals(Money.CNY) ? ZERO_CNY : Money.zero(currency);
  }

  /** A shared instance of the month's status. */
  static MonthlyStatus status(YearMonth month, PaymentStatus status) {
    int m = (month.getYear() - CACHE_FIRST.getYear()) * 12 + month.getMonthValue() - 1;
    if (m < 0 || m >= CACHE_MONTHS) {
      return new MonthlyStatus(month, status);
    }
    return CACHE[m * STATUSES.length + status.ordinal()];
  }
}
