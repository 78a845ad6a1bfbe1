package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One year's tax assessment.
 *
 * @param jurisdiction Hong Kong or the mainland
 * @param yearOfAssessment the first calendar year of the year of assessment (2024 for HK 2024/25,
 *     or the calendar year on the mainland); 1990 to 2100
 * @param assessedIncome the assessable annual income; not negative
 * @param taxCharged the tax charged; not negative
 * @param assessedOn the date the assessment was issued: the record is known from then on
 * @param filedOnTime whether the return was filed on time
 * @param paidOnTime whether the tax was paid on time
 */
public record TaxRecord(
    Jurisdiction jurisdiction,
    int yearOfAssessment,
    Money assessedIncome,
    Money taxCharged,
    LocalDate assessedOn,
    boolean filedOnTime,
    boolean paidOnTime) {
  /** Validates the components. */
  public TaxRecord {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (yearOfAssessment < 1990 || yearOfAssessment > 2100) {
      throw new IllegalArgumentException("yearOfAssessment must be between 1990 and 2100, found " + yearOfAssessment);
    }
    RecordChecks.nonNegative(assessedIncome, "assessedIncome");
    RecordChecks.nonNegative(taxCharged, "taxCharged");
    RecordChecks.sameCurrency(assessedIncome, taxCharged, "assessedIncome", "taxCharged");
    Objects.requireNonNull(assessedOn, "assessedOn");
  }
}
