package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.money.Money;

/**
 * MPF contributions built from columns, as format version 2 carries them (every amount in HKD): each
 * {@link MpfContribution} is made on its first access. The reader has checked every value against
 * the record's rules. Immutable and thread-safe (see {@link ArrayBackedList}).
 */
public final class MpfColumns extends MonthRecords<MpfContribution> {

  private final Amounts[] amounts;

  /**
   * Contribution {@code i} for month {@code months[i]}, its five amounts {@code amounts[k].get(i)} in
   * the order of {@link MpfContribution}'s components. The arrays are kept, not copied.
   *
   * @throws IllegalArgumentException if there are not five columns of amounts, each of the months' length
   */
  public MpfColumns(int[] months, Amounts... amounts) {
    super(MpfContribution.class, months);
    if (amounts.length != 5) {
      throw new IllegalArgumentException("an MPF contribution has 5 amounts, found " + amounts.length);
    }
    for (Amounts a : amounts) {
      Columns.sameLength(months.length, a.size(), "amounts");
    }
    this.amounts = amounts.clone();
  }

  @Override
  protected MpfContribution make(int i) {
    return new MpfContribution(month(period(i)), hkd(0, i), hkd(1, i), hkd(2, i), hkd(3, i), hkd(4, i));
  }

  private Money hkd(int column, int i) {
    return new Money(amounts[column].get(i), Money.HKD);
  }
}
