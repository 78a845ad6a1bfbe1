package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentStatus;
import java.time.YearMonth;
import java.util.Collection;

/**
 * The immutable list behind {@code PaymentHistory.months()}: the months in order, and beside them
 * each month's status and month index in flat arrays and the positions of each status as a bit set
 * (a history has at most 60 months), so that a reader of many histories need not follow a reference
 * per month. Built either from months (copied) or, by the reader of format version 2, from the
 * statuses and month indexes, its months then made on first access from one shared instance per
 * month and status. Immutable and thread-safe (see {@link ArrayBackedList}).
 */
public final class StatusMonths extends ArrayBackedList<MonthlyStatus> {

  private static final PaymentStatus[] STATUSES = PaymentStatus.values();
  private static final StatusMonths EMPTY = new StatusMonths(new Object[0]);

  /** The first month index the shared months cover: 1900-01. */
  private static final int MIN_INDEX = 1900 * 12;

  /**
   * Each month from 1900-01 to 2100-12 with each status, made when first needed and shared by every
   * history built from statuses: a benign race, as {@link ArrayBackedList}'s.
   */
  private static final MonthlyStatus[] SHARED = new MonthlyStatus[201 * 12 * STATUSES.length];

  private final byte[] statuses;
  private final int[] monthIndexes;
  private final long[] masks = new long[STATUSES.length];

  private StatusMonths(Object[] months) {
    super(months, "month");
    this.statuses = new byte[months.length];
    this.monthIndexes = new int[months.length];
    for (int i = 0; i < months.length; i++) {
      YearMonth m = get(i).month();
      statuses[i] = (byte) get(i).status().ordinal();
      monthIndexes[i] = m.getYear() * 12 + m.getMonthValue() - 1;
      masks[statuses[i]] |= 1L << i;
    }
  }

  private StatusMonths(byte[] statuses, int[] monthIndexes) {
    super(statuses.length);
    Columns.sameLength(statuses.length, monthIndexes.length, "monthIndexes");
    this.statuses = statuses;
    this.monthIndexes = monthIndexes;
    for (int i = 0; i < statuses.length; i++) {
      masks[statuses[i]] |= 1L << i;
    }
  }

  /**
   * A copy of {@code months}, or {@code months} itself if it is already one.
   *
   * @throws NullPointerException if the list or any month is null
   */
  public static StatusMonths copyOf(Collection<? extends MonthlyStatus> months) {
    if (months instanceof StatusMonths same) {
      return same;
    }
    Object[] copy = months.toArray();
    return copy.length == 0 ? EMPTY : new StatusMonths(copy);
  }

  /**
   * Month {@code i} with status {@code PaymentStatus.values()[statuses[i]]} in the month of index
   * {@code monthIndexes[i]} ({@code year * 12 + month - 1}). The arrays are kept, not copied.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws ArrayIndexOutOfBoundsException if a status is not an ordinal of {@link PaymentStatus}
   */
  public static StatusMonths of(byte[] statuses, int[] monthIndexes) {
    return statuses.length == 0 && monthIndexes.length == 0 ? EMPTY : new StatusMonths(statuses, monthIndexes);
  }

  @Override
  protected MonthlyStatus make(int i) {
    int index = monthIndexes[i];
    int status = statuses[i];
    int slot = (index - MIN_INDEX) * STATUSES.length + status;
    if (slot < 0 || slot >= SHARED.length) {
      return new MonthlyStatus(YearMonth.of(index / 12, index % 12 + 1), STATUSES[status]);
    }
    MonthlyStatus m = SHARED[slot];
    if (m == null) {
      m = new MonthlyStatus(YearMonth.of(index / 12, index % 12 + 1), STATUSES[status]);
      SHARED[slot] = m;
    }
    return m;
  }

  /** The status of month {@code i}. */
  public PaymentStatus status(int i) {
    return STATUSES[statuses[i]];
  }

  /** The month index ({@code year * 12 + month - 1}) of month {@code i}. */
  public int monthIndex(int i) {
    return monthIndexes[i];
  }

  /** The positions of the months with status {@code s}, as a bit set. */
  public long positions(PaymentStatus s) {
    return masks[s.ordinal()];
  }
}
