package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.internal.StatusMonths;
import java.util.List;
import java.util.Objects;

/**
 * An account's monthly repayment history: at most {@link #MAX_MONTHS} months, strictly increasing,
 * oldest first.
 *
 * <p>Besides the list of months, a history answers {@link #status(int)}, {@link #monthIndex(int)}
 * and {@link #positionsOf(PaymentStatus)} from flat arrays filled when it is built, for readers that
 * scan many histories. The list is immutable and equal to any list of the same months, so two
 * histories are equal when their months are. Immutable and thread-safe.
 *
 * @param months the months, oldest first
 */
public record PaymentHistory(List<MonthlyStatus> months) {

  /** The longest history a bureau report carries (five years). */
  public static final int MAX_MONTHS = 60;

  /**
   * Validates the history.
   *
   * @throws IllegalArgumentException if there are more than 60 months or they are not strictly
   *     increasing
   */
  public PaymentHistory {
    months = StatusMonths.copyOf(Objects.requireNonNull(months, "months"));
    if (months.size() > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "payment history must have at most " + MAX_MONTHS + " months, found " + months.size());
    }
    StatusMonths indexed = (StatusMonths) months;
    for (int i = 1; i < months.size(); i++) {
      // Compared by month index, from the flat array: a list the reader built makes no month here.
      if (indexed.monthIndex(i) <= indexed.monthIndex(i - 1)) {
        throw new IllegalArgumentException("payment history months must be strictly increasing: "
            + months.get(i).month() + " follows " + months.get(i - 1).month());
      }
    }
  }

  /** An empty history. */
  public static PaymentHistory empty() {
    return new PaymentHistory(List.of());
  }

  /** The number of months. */
  public int size() {
    return months.size();
  }

  /**
   * The status of month {@code i}: {@code months().get(i).status()}, read from an array.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public PaymentStatus status(int i) {
    return ((StatusMonths) months).status(i);
  }

  /**
   * Month {@code i} as a single integer, {@code year * 12 + month - 1} (so consecutive months differ
   * by one), read from an array: 2025-01 is {@code 2025 * 12 + 0 = 24300}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public int monthIndex(int i) {
    return ((StatusMonths) months).monthIndex(i);
  }

  /**
   * The positions of the months whose status is {@code status}, as a bit set: bit {@code i} is set
   * when {@code months().get(i).status() == status} (a history has at most {@value #MAX_MONTHS}
   * months, so every position fits). For example, the history C, 30, C, 60 (oldest first) gives
   * {@code 0b0101} for {@link PaymentStatus#CURRENT} and {@code 0b0010} for {@link
   * PaymentStatus#DPD_30}.
   */
  public long positionsOf(PaymentStatus status) {
    return ((StatusMonths) months).positions(Objects.requireNonNull(status, "status"));
  }
}
