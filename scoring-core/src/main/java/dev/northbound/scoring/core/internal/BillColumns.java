package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Bills built from columns, as format version 2 carries them: each {@link UtilityBill} is made on its
 * first access. The reader has checked every value against the record's rules. Immutable and
 * thread-safe (see {@link ArrayBackedList}).
 */
public final class BillColumns extends DueRecords<UtilityBill> {

  private static final BillKind[] KINDS = BillKind.values();

  private final String[] providers;
  private final Amounts amounts;
  private final Currency[] currencies;

  /**
   * Bill {@code i} of kind {@code BillKind.values()[kinds[i]]}, provider {@code providers[i]} and so
   * on; {@code paidDays[i]} is {@code AlternativeData.UNPAID} for an unpaid bill. The arrays are
   * kept, not copied.
   *
   * @throws IllegalArgumentException if the columns differ in length
   */
  public BillColumns(byte[] kinds, String[] providers, int[] periods, Amounts amounts, Currency[] currencies,
      long[] dueDays, long[] paidDays) {
    super(UtilityBill.class, periods, dueDays, paidDays, kinds);
    int n = periods.length;
    Columns.sameLength(n, providers.length, "providers");
    Columns.sameLength(n, amounts.size(), "amounts");
    Columns.sameLength(n, currencies.length, "currencies");
    this.providers = providers;
    this.amounts = amounts;
    this.currencies = currencies;
  }

  @Override
  protected UtilityBill make(int i) {
    return new UtilityBill(KINDS[tag(i)], providers[i], month(period(i)), new Money(amounts.get(i), currencies[i]),
        LocalDate.ofEpochDay(dueDay(i)), paidOn(i));
  }
}
