package dev.northbound.scoring.features;

import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parameters of the standard feature catalogue. Every parameter has a documented default
 * ({@link #defaults()}); a bank changes only what its policy says otherwise, through
 * {@link #builder()}. The parameters enter the feature descriptions, so two catalogues built with
 * different parameters have different schema fingerprints.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cardMinimumPaymentRate the share of a card balance due each month (default {@code 0.03});
 *     the card rule is {@code min(balance, max(rate x balance, floor))}
 * @param cardMinimumPaymentFloor the smallest card minimum payment (default CNY 50.00); converted to
 *     the reporting currency
 * @param revolvingLoanPaymentRate the share of a revolving-loan balance due each month (default
 *     {@code 0.02}); the rule is {@code min(balance, max(rate x balance, floor))}
 * @param revolvingLoanPaymentFloor the smallest revolving-loan payment (default CNY 50.00)
 * @param mpfMandatoryRate the MPF mandatory contribution rate of each side (default {@code 0.05})
 * @param mpfRelevantIncomeCap the monthly MPF relevant-income cap (default HK$30,000.00)
 * @param mpfRelevantIncomeFloor the monthly MPF relevant-income floor below which the employee pays
 *     nothing (default HK$7,100.00)
 * @param incomeRecencyMonths how recent (in months, counting the as-of month as 1) the latest MPF or
 *     social-insurance month must be to count as a current verified income (default 3)
 * @param taxRecencyMonths how recent (in months before the as-of date) a tax assessment must be to
 *     count as a current verified income (default 24)
 * @param billLookbackMonths the look-back window, in months, of the on-time ratios and the maximum
 *     days late of bills and rent (default 24)
 * @param employmentGapLookbackMonths the look-back window, in months, in which employment gaps are
 *     sought (default 36, at most 60)
 */
public record FeatureConfig(
    double cardMinimumPaymentRate,
    Money cardMinimumPaymentFloor,
    double revolvingLoanPaymentRate,
    Money revolvingLoanPaymentFloor,
    double mpfMandatoryRate,
    Money mpfRelevantIncomeCap,
    Money mpfRelevantIncomeFloor,
    int incomeRecencyMonths,
    int taxRecencyMonths,
    int billLookbackMonths,
    int employmentGapLookbackMonths) {

  /** The longest look-back window a month-set feature supports. */
  public static final int MAX_WINDOW_MONTHS = 60;

  private static final FeatureConfig DEFAULTS = new FeatureConfig(
      0.03, Money.of("50.00", Money.CNY),
      0.02, Money.of("50.00", Money.CNY),
      0.05, Money.of("30000.00", Money.HKD), Money.of("7100.00", Money.HKD),
      3, 24, 24, 36);

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a rate is not in (0, 1], an amount is negative, the MPF
   *     floor is not below the cap or in another currency, or a window is outside 1 to 60 months
   */
  public FeatureConfig {
    checkRate(cardMinimumPaymentRate, "cardMinimumPaymentRate");
    checkRate(revolvingLoanPaymentRate, "revolvingLoanPaymentRate");
    checkRate(mpfMandatoryRate, "mpfMandatoryRate");
    checkAmount(cardMinimumPaymentFloor, "cardMinimumPaymentFloor");
    checkAmount(revolvingLoanPaymentFloor, "revolvingLoanPaymentFloor");
    checkAmount(mpfRelevantIncomeCap, "mpfRelevantIncomeCap");
    checkAmount(mpfRelevantIncomeFloor, "mpfRelevantIncomeFloor");
    if (!mpfRelevantIncomeFloor.currency().equals(mpfRelevantIncomeCap.currency())
        || mpfRelevantIncomeFloor.amount().compareTo(mpfRelevantIncomeCap.amount()) >= 0) {
      throw new IllegalArgumentException(
          "mpfRelevantIncomeFloor must be below mpfRelevantIncomeCap and in the same currency");
    }
    checkWindow(incomeRecencyMonths, "incomeRecencyMonths");
    checkWindow(taxRecencyMonths, "taxRecencyMonths");
    checkWindow(billLookbackMonths, "billLookbackMonths");
    checkWindow(employmentGapLookbackMonths, "employmentGapLookbackMonths");
  }

  /** The documented defaults. */
  public static FeatureConfig defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static FeatureConfigBuilder builder() {
    return new FeatureConfigBuilder(DEFAULTS);
  }

  static double checkRate(double rate, String name) {
    if (!(rate > 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], found " + rate);
    }
    return rate;
  }

  static Money checkAmount(Money amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.amount().compareTo(BigDecimal.ZERO) < 0) {
      throw new IllegalArgumentException(name + " must not be negative, found a negative amount");
    }
    return amount;
  }

  static int checkWindow(int months, String name) {
    if (months < 1 || months > MAX_WINDOW_MONTHS) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_WINDOW_MONTHS + " months, found " + months);
    }
    return months;
  }
}
