package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The immutable lists behind {@code AlternativeData.mpf()} and {@code socialInsurance()} (and,
 * through {@link DueRecords}, the bills and rent): the records in order, and beside them each
 * record's month as a month index ({@code year * 12 + month - 1}) in a flat array, filled once, so
 * that a reader of many records need not follow their references. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public class MonthRecords<T> extends ArrayBackedList<T> {

  private final Class<?> type;
  private final int[] periods;

  /** Keeps {@code records} (a fresh array) and reads each one's month; {@code name} names a null record. */
  MonthRecords(Object[] records, String name, Class<T> type, Function<T, YearMonth> month) {
    super(records, name + " element");
    this.type = type;
    this.periods = new int[records.length];
    for (int i = 0; i < records.length; i++) {
      YearMonth p = month.apply(get(i));
      periods[i] = p.getYear() * 12 + p.getMonthValue() - 1;
    }
  }

  /** A list built from columns: the records of type {@code type} are made on first access. */
  MonthRecords(Class<T> type, int[] periods) {
    super(periods.length);
    this.type = type;
    this.periods = periods;
  }

  /** The MPF contributions, copied (a list of this kind is kept as it is: it is immutable). */
  public static MonthRecords<MpfContribution> mpf(List<MpfContribution> mpf) {
    return copyOf(mpf, "mpf", MpfContribution.class, MpfContribution::month);
  }

  /** The social-insurance contributions, copied (a list of this kind is kept as it is). */
  public static MonthRecords<SocialInsuranceContribution> socialInsurance(List<SocialInsuranceContribution> si) {
    return copyOf(si, "socialInsurance", SocialInsuranceContribution.class, SocialInsuranceContribution::month);
  }

  @SuppressWarnings("unchecked") // the type tag is checked
  private static <T> MonthRecords<T> copyOf(List<T> list, String name, Class<T> type, Function<T, YearMonth> month) {
    Objects.requireNonNull(list, name);
    if (list instanceof MonthRecords<?> same && same.type == type) {
      return (MonthRecords<T>) same;
    }
    return new MonthRecords<>(list.toArray(), name, type, month);
  }

  /** Whether this is a list of {@code type} records. */
  final boolean holds(Class<?> type) {
    return this.type == type;
  }

  /** The month index of record {@code i}. */
  public final int period(int i) {
    return periods[i];
  }

  /** The month of index {@code index} ({@code year * 12 + month - 1}). */
  static YearMonth month(int index) {
    return YearMonth.of(index / 12, index % 12 + 1);
  }
}
