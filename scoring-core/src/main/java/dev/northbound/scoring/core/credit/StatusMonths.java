package dev.northbound.scoring.core.credit;

import java.time.YearMonth;
import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list behind {@link PaymentHistory#months()}: the months in order, and beside them
 * each month's status and month index in flat arrays and the positions of each status as a bit set
 * (a history has at most 60 months), filled once, so that a reader of many
 * histories need not follow a reference per month. Equal to (and hashed as) any list of the same
 * months, by the {@link List} contract; rejects nulls and every change, as {@link List#copyOf}'s
 * lists do. Immutable and thread-safe.
 */
final class StatusMonths extends AbstractList<MonthlyStatus> implements RandomAccess {

  private static final PaymentStatus[] STATUSES = PaymentStatus.values();
  private static final StatusMonths EMPTY = new StatusMonths(new MonthlyStatus[0]);

  private final MonthlyStatus[] months;
  private final byte[] statuses;
  private final int[] monthIndexes;
  private final long[] masks = new long[STATUSES.length];

  private StatusMonths(MonthlyStatus[] months) {
    this.months = months;
    this.statuses = new byte[months.length];
    this.monthIndexes = new int[months.length];
    for (int i = 0; i < months.length; i++) {
      YearMonth m = months[i].month();
      statuses[i] = (byte) months[i].status().ordinal();
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
    MonthlyStatus[] copy = months.toArray(new MonthlyStatus[0]);
    for (MonthlyStatus m : copy) {
      Objects.requireNonNull(m, "month");
    }
    return copy.length == 0 ? EMPTY : new StatusMonths(copy);
  }

  @Override
  public MonthlyStatus get(int index) {
    return months[index];
  }

  @Override
  public int size() {
    return months.length;
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
