package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.money.Money;
import java.util.Currency;
import java.util.Set;

/**
 * Social-insurance contributions built from columns, as format version 2 carries them: each
 * {@link SocialInsuranceContribution} is made on its first access. The reader has checked every value
 * against the record's rules. Immutable and thread-safe (see {@link ArrayBackedList}).
 */
public final class SocialInsuranceColumns extends MonthRecords<SocialInsuranceContribution> {

  private final String[] cities;
  private final Amounts bases;
  private final Currency[] currencies;
  private final Set<InsuranceScheme>[] schemes;

  /**
   * Contribution {@code i} in {@code cities[i]} for month {@code months[i]} and so on; each set of
   * schemes immutable and not empty. The arrays are kept, not copied.
   *
   * @throws IllegalArgumentException if the columns differ in length
   */
  public SocialInsuranceColumns(String[] cities, int[] months, Amounts bases, Currency[] currencies,
      Set<InsuranceScheme>[] schemes) {
    super(SocialInsuranceContribution.class, months);
    int n = months.length;
    Columns.sameLength(n, cities.length, "cities");
    Columns.sameLength(n, bases.size(), "bases");
    Columns.sameLength(n, currencies.length, "currencies");
    Columns.sameLength(n, schemes.length, "schemes");
    this.cities = cities;
    this.bases = bases;
    this.currencies = currencies;
    this.schemes = schemes;
  }

  @Override
  protected SocialInsuranceContribution make(int i) {
    return new SocialInsuranceContribution(cities[i], month(period(i)), new Money(bases.get(i), currencies[i]),
        schemes[i]);
  }
}
