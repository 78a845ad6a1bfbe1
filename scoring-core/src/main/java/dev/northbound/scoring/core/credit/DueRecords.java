package dev.northbound.scoring.core.credit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The immutable lists behind {@link AlternativeData#bills()} and {@link AlternativeData#rent()}:
 * besides each record's period (as in {@link MonthRecords}), its due date and payment date (as epoch
 * days) and a small tag (a bill's kind) in flat arrays, filled once. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
final class DueRecords<T> extends MonthRecords<T> {

  private final long[] dueDays;
  private final long[] paidDays;
  private final byte[] tags;

  private DueRecords(Object[] records, String name, Function<T, YearMonth> period, Function<T, LocalDate> due,
      Function<T, Optional<LocalDate>> paid, ToIntFunction<T> tag) {
    super(records, name, period);
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

  /** The bills, copied. */
  static DueRecords<UtilityBill> bills(List<UtilityBill> bills) {
    return copyOf(bills, "bills", UtilityBill::period, UtilityBill::dueDate, UtilityBill::paidOn,
        b -> b.kind().ordinal());
  }

  /** The rent payments, copied. */
  static DueRecords<RentPayment> rent(List<RentPayment> rent) {
    return copyOf(rent, "rent", RentPayment::period, RentPayment::dueDate, RentPayment::paidOn, r -> 0);
  }

  @SuppressWarnings("unchecked")
  private static <T> DueRecords<T> copyOf(List<T> list, String name, Function<T, YearMonth> period,
      Function<T, LocalDate> due, Function<T, Optional<LocalDate>> paid, ToIntFunction<T> tag) {
    Objects.requireNonNull(list, name);
    if (list instanceof DueRecords<?> same) {
      return (DueRecords<T>) same;
    }
    return new DueRecords<>(list.toArray(), name, period, due, paid, tag);
  }

  long dueDay(int i) {
    return dueDays[i];
  }

  long paidDay(int i) {
    return paidDays[i];
  }

  int tag(int i) {
    return tags[i];
  }
}
