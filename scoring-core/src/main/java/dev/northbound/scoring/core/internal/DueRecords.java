package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.UtilityBill;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The immutable lists behind {@code AlternativeData.bills()} and {@code rent()}: besides each
 * record's period (as in {@link MonthRecords}), its due date and payment date (as epoch days,
 * {@link AlternativeData#UNPAID} if unpaid) and a small tag (a bill's kind) in flat arrays, filled
 * once. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public class DueRecords<T> extends MonthRecords<T> {

  private final long[] dueDays;
  private final long[] paidDays;
  private final byte[] tags;

  private DueRecords(Object[] records, String name, Class<T> type, Function<T, YearMonth> period,
      Function<T, LocalDate> due, Function<T, Optional<LocalDate>> paid, ToIntFunction<T> tag) {
    super(records, name, type, period);
    this.dueDays = new long[records.length];
    this.paidDays = new long[records.length];
    this.tags = new byte[records.length];
    for (int i = 0; i < records.length; i++) {
      T r = get(i);
      dueDays[i] = due.apply(r).toEpochDay();
      Optional<LocalDate> on = paid.apply(r);
      paidDays[i] = on.isPresent() ? on.get().toEpochDay() : AlternativeData.UNPAID;
      tags[i] = (byte) tag.applyAsInt(r);
    }
  }

  /**
   * A list built from columns of the same length; the records are made on first access.
   *
   * @throws IllegalArgumentException if the columns differ in length
   */
  DueRecords(Class<T> type, int[] periods, long[] dueDays, long[] paidDays, byte[] tags) {
    super(type, periods);
    Columns.sameLength(periods.length, dueDays.length, "dueDays");
    Columns.sameLength(periods.length, paidDays.length, "paidDays");
    Columns.sameLength(periods.length, tags.length, "tags");
    this.dueDays = dueDays;
    this.paidDays = paidDays;
    this.tags = tags;
  }

  /** The bills, copied (a list of this kind is kept as it is: it is immutable). */
  public static DueRecords<UtilityBill> bills(List<UtilityBill> bills) {
    return copyOf(bills, "bills", UtilityBill.class, UtilityBill::period, UtilityBill::dueDate, UtilityBill::paidOn,
        b -> b.kind().ordinal());
  }

  /** The rent payments, copied (a list of this kind is kept as it is). */
  public static DueRecords<RentPayment> rent(List<RentPayment> rent) {
    return copyOf(rent, "rent", RentPayment.class, RentPayment::period, RentPayment::dueDate, RentPayment::paidOn,
        r -> 0);
  }

  @SuppressWarnings("unchecked") // the type tag is checked
  private static <T> DueRecords<T> copyOf(List<T> list, String name, Class<T> type, Function<T, YearMonth> period,
      Function<T, LocalDate> due, Function<T, Optional<LocalDate>> paid, ToIntFunction<T> tag) {
    Objects.requireNonNull(list, name);
    if (list instanceof DueRecords<?> same && same.holds(type)) {
      return (DueRecords<T>) same;
    }
    return new DueRecords<>(list.toArray(), name, type, period, due, paid, tag);
  }

  /** The due date of record {@code i}, as an epoch day. */
  public final long dueDay(int i) {
    return dueDays[i];
  }

  /** The payment date of record {@code i}, as an epoch day, or {@link AlternativeData#UNPAID}. */
  public final long paidDay(int i) {
    return paidDays[i];
  }

  /** The tag of record {@code i} (a bill's kind's ordinal; 0 for rent). */
  public final int tag(int i) {
    return tags[i];
  }

  /** The payment date of record {@code i}, or empty. */
  final Optional<LocalDate> paidOn(int i) {
    return paidDays[i] == AlternativeData.UNPAID ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(paidDays[i]));
  }
}
