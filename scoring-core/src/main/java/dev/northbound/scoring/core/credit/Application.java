package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The application the bank received.
 *
 * @param applicationId the bank's reference for the application
 * @param product card, personal loan or mortgage
 * @param amount the amount or limit requested; positive
 * @param termMonths the term in months (1 to 480); cards use the bank's nominal term for
 *     affordability
 * @param annualRatePercent the nominal annual interest rate in percent, 0 to 100
 * @param declaredMonthlyIncome the income the applicant declared; not negative
 * @param declaredMonthlyObligations the obligations the applicant declared; not negative
 * @param cityOfResidence the city where the applicant lives, for example "Shenzhen"
 * @param ageBand the applicant's age band
 * @param applicationDate the date of the application
 */
public record Application(
    String applicationId,
    ProductType product,
    Money amount,
    int termMonths,
    BigDecimal annualRatePercent,
    Money declaredMonthlyIncome,
    Money declaredMonthlyObligations,
    String cityOfResidence,
    AgeBand ageBand,
    LocalDate applicationDate) {

  /** Validates the application. */
  public Application {
    RecordChecks.notBlank(applicationId, "applicationId");
    Objects.requireNonNull(product, "product");
    RecordChecks.positive(amount, "amount");
    if (termMonths < 1 || termMonths > InstalmentLoanAccount.MAX_TERM_MONTHS) {
      throw new IllegalArgumentException("termMonths must be between 1 and 480, found " + termMonths);
    }
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    if (annualRatePercent.signum() < 0 || annualRatePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "annualRatePercent must be between 0 and 100, found " + annualRatePercent.toPlainString());
    }
    RecordChecks.nonNegative(declaredMonthlyIncome, "declaredMonthlyIncome");
    RecordChecks.nonNegative(declaredMonthlyObligations, "declaredMonthlyObligations");
    RecordChecks.notBlank(cityOfResidence, "cityOfResidence");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(applicationDate, "applicationDate");
  }
}
