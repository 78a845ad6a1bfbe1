package dev.northbound.scoring.features.reference;

import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.UtilityBill;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What of the alternative data is known as of a date. A bill or rent payment is known once its
 * period has begun and its due date has passed (on or before the as-of date); a payment made after
 * the as-of date is not yet known, so the bill counts as unpaid then. Stateless and thread-safe.
 */
final class Visible {

  private Visible() {}

  static boolean bill(UtilityBill b, LocalDate asOf, int asOfMonth) {
    return known(b.period(), b.dueDate(), asOf, asOfMonth);
  }

  static boolean rent(RentPayment r, LocalDate asOf, int asOfMonth) {
    return known(r.period(), r.dueDate(), asOf, asOfMonth);
  }

  private static boolean known(YearMonth period, LocalDate due, LocalDate asOf, int asOfMonth) {
    return Dates.monthIndex(period) <= asOfMonth && !due.isAfter(asOf);
  }

  /** Whether the payment was made by the due date and by the as-of date. */
  static boolean onTime(Optional<LocalDate> paidOn, LocalDate due, LocalDate asOf) {
    return paidOn.isPresent() && !paidOn.get().isAfter(asOf) && !paidOn.get().isAfter(due);
  }

  /**
   * Days late as known on the as-of date: days from the due date to the payment, or to the as-of
   * date if unpaid then; 0 if paid by the due date.
   */
  static long daysLate(Optional<LocalDate> paidOn, LocalDate due, LocalDate asOf) {
    LocalDate settled = paidOn.isPresent() && !paidOn.get().isAfter(asOf) ? paidOn.get() : asOf;
    return settled.isAfter(due) ? settled.toEpochDay() - due.toEpochDay() : 0L;
  }
}
