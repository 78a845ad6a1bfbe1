package dev.northbound.scoring.core.credit;

import java.util.List;
import java.util.Objects;

/**
 * An account's monthly repayment history: at most {@link #MAX_MONTHS} months, strictly increasing,
 * oldest first.
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
    months = List.copyOf(Objects.requireNonNull(months, "months"));
    if (months.size() > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "payment history must have at most " + MAX_MONTHS + " months, found " + months.size());
    }
    for (int i = 1; i < months.size(); i++) {
      if (!months.get(i).month().isAfter(months.get(i - 1).month())) {
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
}
