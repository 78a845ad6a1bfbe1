package dev.northbound.scoring.features.support;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Month arithmetic as of a date, without allocation. A month-valued record (a history month, a
 * contribution month, a bill period) is "in the last {@code n} months" when it is between
 * {@code n - 1} and {@code 0} months before the as-of month; a month after the as-of month is in the
 * future and never seen.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dates {

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

  /**
   * The whole months from {@code from} to {@code to} (negative if {@code to} is earlier): {@code
   * ChronoUnit.MONTHS.between(from, to)}, computed as {@link LocalDate#until} computes it (months
   * and days packed as {@code month * 32 + day}, the difference divided by 32) without the call
   * through the temporal interfaces.
   */
  public static long fullMonths(LocalDate from, LocalDate to) {
    long start = (from.getYear() * 12L + from.getMonthValue() - 1) * 32L + from.getDayOfMonth();
    long end = (to.getYear() * 12L + to.getMonthValue() - 1) * 32L + to.getDayOfMonth();
    return (end - start) / 32;
  }

  /**
   * Whether a dated event lies in the last {@code months} months: on or before {@code asOf} and
   * fewer than {@code months} whole months before it.
   */
  public static boolean withinMonths(LocalDate date, LocalDate asOf, int months) {
    return !date.isAfter(asOf) && fullMonths(date, asOf) < months;
  }
}
