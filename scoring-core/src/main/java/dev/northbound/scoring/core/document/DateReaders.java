package dev.northbound.scoring.core.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Readers for the format's dates ({@code yyyy-MM-dd}) and months ({@code yyyy-MM}), from 1900 to 2100:
 * each advances to the value and checks it strictly, and answers from caches of the dates and months
 * already made (the column reader takes a date as its epoch day). Stateless and thread-safe.
 */
final class DateReaders {

  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  private static final int MIN_YEAR = MIN_DATE.getYear();
  private static final int MAX_YEAR = MAX_DATE.getYear();

  /**
   * The months from 1900-01 to 2100-12, each made when first read. A benign race: a YearMonth is
   * immutable, safely published by its final fields, and any two made for a slot are equal.
   */
  private static final YearMonth[] MONTHS = new YearMonth[(MAX_YEAR - MIN_YEAR + 1) * 12];

  /**
   * The dates from 1900-01-01 to 2100-12-31 by {@code ((year - 1900) * 12 + month - 1) * 31 + day - 1},
   * each made when first read (only dates that exist are kept): a benign race, as {@link #MONTHS}.
   */
  private static final LocalDate[] DATES = new LocalDate[(MAX_YEAR - MIN_YEAR + 1) * 12 * 31];

  /** {@link #EPOCH_DAYS}' mark of a slot not filled yet. */
  private static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * The epoch day of each slot of {@link #DATES}, filled when first read: the column reader keeps
   * dates as epoch days. A benign race, as {@link #DATES}: any two values written to a slot are equal.
   */
  private static final int[] EPOCH_DAYS = new int[DATES.length];

  static {
    Arrays.fill(EPOCH_DAYS, NO_DAY);
  }

  private DateReaders() {}

  /** A date in {@code yyyy-MM-dd} form between {@link #MIN_DATE} and {@link #MAX_DATE}. */
  static LocalDate date(JsonInput in) {
    int slot = dateSlot(in);
    LocalDate d = DATES[slot];
    if (d == null) {
      d = dateOf(slot);
      DATES[slot] = d;
    }
    return d;
  }

  /** A date as {@link #date(JsonInput)} reads it, with the same checks, as its epoch day. */
  static long epochDay(JsonInput in) {
    int slot = dateSlot(in);
    int day = EPOCH_DAYS[slot];
    if (day == NO_DAY) {
      day = (int) dateOf(slot).toEpochDay();
      EPOCH_DAYS[slot] = day;
    }
    return day;
  }

  /**
   * Reads a date and returns its slot in {@link #DATES} and {@link #EPOCH_DAYS}; the date exists and
   * is in range (a slot already filled was checked when it was filled).
   */
  private static int dateSlot(JsonInput in) {
    int n = ScalarReaders.stringChars(in);
    if (n != 10 || !digits(in, 0, 4) || in.charAt(4) != '-' || !digits(in, 5, 7) || in.charAt(7) != '-'
        || !digits(in, 8, 10)) {
      throw in.fail("must be a date in yyyy-MM-dd form", "a string of another form");
    }
    int year = number(in, 0, 4);
    int month = number(in, 5, 7);
    int day = number(in, 8, 10);
    int slot = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31
        ? ((year - MIN_YEAR) * 12 + month - 1) * 31 + day - 1 : -1;
    if (slot >= 0 && (DATES[slot] != null || EPOCH_DAYS[slot] != NO_DAY)) {
      return slot;
    }
    LocalDate d;
    try {
      d = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw in.fail("must be a date in yyyy-MM-dd form", "a date that does not exist");
    }
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) { // the range is whole years
      throw in.fail("must be between " + MIN_DATE + " and " + MAX_DATE, "a date out of range");
    }
    return slot; // a date that exists within the range has a slot
  }

  /** The date of a slot of {@link #DATES}. */
  private static LocalDate dateOf(int slot) {
    return LocalDate.of(MIN_YEAR + slot / (12 * 31), slot / 31 % 12 + 1, slot % 31 + 1);
  }

  static YearMonth month(JsonInput in) {
    int n = ScalarReaders.stringChars(in);
    if (n != 7 || !digits(in, 0, 4) || in.charAt(4) != '-' || !digits(in, 5, 7)) {
      throw in.fail("must be a month in yyyy-MM form", "a string of another form");
    }
    int year = number(in, 0, 4);
    int month = number(in, 5, 7);
    // As YearMonth.of: any four-digit year exists, so only the month can fail to exist.
    if (month < 1 || month > 12) {
      throw in.fail("must be a month in yyyy-MM form", "a month that does not exist");
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw in.fail("must be between 1900-01 and 2100-12", "a month out of range");
    }
    int slot = (year - MIN_YEAR) * 12 + month - 1;
    YearMonth m = MONTHS[slot];
    if (m == null) {
      m = YearMonth.of(year, month);
      MONTHS[slot] = m;
    }
    return m;
  }

  /** Whether the characters from {@code from} up to {@code to} are ASCII digits (regex {@code \\d}). */
  private static boolean digits(JsonInput in, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = in.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The digits from {@code from} up to {@code to} as a number. */
  private static int number(JsonInput in, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (in.charAt(i) - '0');
    }
    return v;
  }
}
