package dev.northbound.scoring.core.credit;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The immutable lists behind {@link AlternativeData#mpf()} and {@link
 * AlternativeData#socialInsurance()} (and, through {@link DueRecords}, the bills and rent): the
 * records in order, and beside them each record's month as a month index ({@code year * 12 + month -
 * 1}) in a flat array, filled once, so that a reader of many records need not follow their
 * references. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
class MonthRecords<T> extends ArrayBackedList<T> {

  private final int[] periods;

  /** Keeps {@code records} (a fresh array) and reads each one's month; {@code name} names a null record. */
  MonthRecords(Object[] records, String name, Function<T, YearMonth> month) {
    super(records, name + " element");
    this.periods = new int[records.length];
    for (int i = 0; i < records.length; i++) {
      YearMonth p = month.apply(get(i));
      periods[i] = p.getYear() * 12 + p.getMonthValue() - 1;
    }
  }

  /** The MPF contributions, copied. */
  static MonthRecords<MpfContribution> mpf(List<MpfContribution> mpf) {
    return copyOf(mpf, "mpf", MpfContribution::month);
  }

  /** The social-insurance contributions, copied. */
  static MonthRecords<SocialInsuranceContribution> socialInsurance(List<SocialInsuranceContribution> si) {
    return copyOf(si, "socialInsurance", SocialInsuranceContribution::month);
  }

  @SuppressWarnings("unchecked")
  private static <T> MonthRecords<T> copyOf(List<T> list, String name, Function<T, YearMonth> month) {
    Objects.requireNonNull(list, name);
    if (list.getClass() == MonthRecords.class) {
      return (MonthRecords<T>) list;
    }
    return new MonthRecords<>(list.toArray(), name, month);
  }

  /** The month index of record {@code i}. */
  final int period(int i) {
    return periods[i];
  }
}
