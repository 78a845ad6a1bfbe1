package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Rent payments built from columns, as format version 2 carries them: each {@link RentPayment} is
 * made on its first access. The reader has checked every value against the record's rules.
 * Immutable and thread-safe (see {@link ArrayBackedList}).
 */
public final class RentColumns extends DueRecords<RentPayment> {

  private final Amounts amounts;
  private final Currency[] currencies;

  /**
   * Payment {@code i} for month {@code periods[i]} and so on; {@code paidDays[i]} is {@code
   * AlternativeData.UNPAID} for an unpaid one. The arrays are kept, not copied.
   *
   * @throws IllegalArgumentException if the columns differ in length
   */
  public RentColumns(int[] periods, Amounts amounts, Currency[] currencies, long[] dueDays, long[] paidDays) {
    super(RentPayment.class, periods, dueDays, paidDays, new byte[periods.length]);
    int n = periods.length;
    Columns.sameLength(n, amounts.size(), "amounts");
    Columns.sameLength(n, currencies.length, "currencies");
    this.amounts = amounts;
    this.currencies = currencies;
  }

  @Override
  protected RentPayment make(int i) {
    return new RentPayment(month(period(i)), new Money(amounts.get(i), currencies[i]), LocalDate.ofEpochDay(dueDay(i)),
        paidOn(i));
  }
}
