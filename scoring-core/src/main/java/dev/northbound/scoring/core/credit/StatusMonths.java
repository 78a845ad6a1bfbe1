package dev.northbound.scoring.core.credit;

import java.time.YearMonth;
import java.util.Collection;

/**
 * The immutable list behind {@link PaymentHistory#months()}: the months in order, and beside them
 * each month's status and month index in flat arrays and the positions of each status as a bit set
 * (a history has at most 60 months), filled once, so that a reader of many
 * histories need not follow a reference per month. Immutable and thread-safe.
 */
final class StatusMonths extends ArrayBackedList<MonthlyStatus> {

  private static final PaymentStatus[] STATUSES = PaymentStatus.values();
  private static final StatusMonths EMPTY = new StatusMonths(new Object[0]);

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

  /**
   * A copy of {@code months}, or {@code months} itself if it is already one.
   *
   * @throws NullPointerException if the list or any month is null
   */
  static StatusMonths copyOf(Collection<? extends MonthlyStatus> months) {
    if (months instanceof StatusMonths same) {
      return same;
    }
    Object[] copy = months.toArray();
    return copy.length == 0 ? EMPTY : new StatusMonths(copy);
  }

  /** The status of month {@code i}. */
  PaymentStatus status(int i) {
    return STATUSES[statuses[i]];
  }

  /** The month index ({@code year * 12 + month - 1}) of month {@code i}. */
  int monthIndex(int i) {
    return monthIndexes[i];
  }

  /** The positions of the months with status {@code s}, as a bit set. */
  long positions(PaymentStatus s) {
    return masks[s.ordinal()];
  }
}
