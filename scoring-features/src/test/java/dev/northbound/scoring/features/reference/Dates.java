package dev.northbound.scoring.features.reference;

import dev.northbound.scoring.core.credit.Account;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Month arithmetic as of a date, without allocation. A month-valued record (a history month, a
 * contribution month, a bill period) is "in the last {@code n} months" when it is between
 * {@code n - 1} and {@code 0} months before the as-of month; a month after the as-of month is in the
 * future and never seen.
 *
 * <p>Stateless and thread-safe.
 */
final class Dates {

  private Dates() {}

  /** A month as a single integer ({@code year * 12 + month - 1}). */
  public static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The month of a date as a single integer. */
  public static int monthIndex(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** How many months {@code month} lies before the as-of month index; negative for the future. */
  public static int monthsAgo(YearMonth month, int asOfMonthIndex) {
    return asOfMonthIndex - monthIndex(month);
  }

  /** The whole months from {@code from} to {@code to} (negative if {@code to} is earlier). */
  public static long fullMonths(LocalDate from, LocalDate to) {
    return ChronoUnit.MONTHS.between(from, to);
  }

  /** Whether the account had been opened by {@code asOf}. */
  public static boolean isVisible(Account account, LocalDate asOf) {
    return !account.openedOn().isAfter(asOf);
  }

  /** Whether the account was open on {@code asOf}: opened by then and not closed on or before it. */
  public static boolean isOpen(Account account, LocalDate asOf) {
    return !account.openedOn().isAfter(asOf)
        && (account.closedOn().isEmpty() || account.closedOn().get().isAfter(asOf));
  }

  /**
   * Whether a dated event lies in the last {@code months} months: on or before {@code asOf} and
   * fewer than {@code months} whole months before it.
   */
  public static boolean withinMonths(LocalDate date, LocalDate asOf, int months) {
    return !date.isAfter(asOf) && fullMonths(date, asOf) < months;
  }
}
