package dev.northbound.scoring.features;

import dev.northbound.scoring.core.money.Money;
import java.util.BitSet;

/**
 * Builds a {@link FeatureConfig} from the defaults. Each setter checks its value at once and
 * rejects a parameter set twice; {@link #build()} checks the parameters together.
 *
 * <p>Not thread-safe; use one builder per thread.
 */
public final class FeatureConfigBuilder {

  private double cardRate;
  private Money cardFloor;
  private double revolvingRate;
  private Money revolvingFloor;
  private double mpfRate;
  private Money mpfCap;
  private Money mpfFloor;
  private int incomeRecency;
  private int taxRecency;
  private int billLookback;
  private int gapLookback;
  private final BitSet set = new BitSet();

  FeatureConfigBuilder(FeatureConfig from) {
    cardRate = from.cardMinimumPaymentRate();
    cardFloor = from.cardMinimumPaymentFloor();
    revolvingRate = from.revolvingLoanPaymentRate();
    revolvingFloor = from.revolvingLoanPaymentFloor();
    mpfRate = from.mpfMandatoryRate();
    mpfCap = from.mpfRelevantIncomeCap();
    mpfFloor = from.mpfRelevantIncomeFloor();
    incomeRecency = from.incomeRecencyMonths();
    taxRecency = from.taxRecencyMonths();
    billLookback = from.billLookbackMonths();
    gapLookback = from.employmentGapLookbackMonths();
  }

  private void once(int slot, String name) {
    if (set.get(slot)) {
      throw new IllegalStateException(name + " was already set");
    }
    set.set(slot);
  }

  /** Sets {@link FeatureConfig#cardMinimumPaymentRate()}; in (0, 1]. */
  public FeatureConfigBuilder cardMinimumPaymentRate(double rate) {
    once(0, "cardMinimumPaymentRate");
    cardRate = FeatureConfig.checkRate(rate, "cardMinimumPaymentRate");
    return this;
  }

  /** Sets {@link FeatureConfig#cardMinimumPaymentFloor()}; not negative. */
  public FeatureConfigBuilder cardMinimumPaymentFloor(Money floor) {
    once(1, "cardMinimumPaymentFloor");
    cardFloor = FeatureConfig.checkAmount(floor, "cardMinimumPaymentFloor");
    return this;
  }

  /** Sets {@link FeatureConfig#revolvingLoanPaymentRate()}; in (0, 1]. */
  public FeatureConfigBuilder revolvingLoanPaymentRate(double rate) {
    once(2, "revolvingLoanPaymentRate");
    revolvingRate = FeatureConfig.checkRate(rate, "revolvingLoanPaymentRate");
    return this;
  }

  /** Sets {@link FeatureConfig#revolvingLoanPaymentFloor()}; not negative. */
  public FeatureConfigBuilder revolvingLoanPaymentFloor(Money floor) {
    once(3, "revolvingLoanPaymentFloor");
    revolvingFloor = FeatureConfig.checkAmount(floor, "revolvingLoanPaymentFloor");
    return this;
  }

  /** Sets {@link FeatureConfig#mpfMandatoryRate()}; in (0, 1]. */
  public FeatureConfigBuilder mpfMandatoryRate(double rate) {
    once(4, "mpfMandatoryRate");
    mpfRate = FeatureConfig.checkRate(rate, "mpfMandatoryRate");
    return this;
  }

  /** Sets {@link FeatureConfig#mpfRelevantIncomeCap()}; not negative. */
  public FeatureConfigBuilder mpfRelevantIncomeCap(Money cap) {
    once(5, "mpfRelevantIncomeCap");
    mpfCap = FeatureConfig.checkAmount(cap, "mpfRelevantIncomeCap");
    return this;
  }

  /** Sets {@link FeatureConfig#mpfRelevantIncomeFloor()}; not negative. */
  public FeatureConfigBuilder mpfRelevantIncomeFloor(Money floor) {
    once(6, "mpfRelevantIncomeFloor");
    mpfFloor = FeatureConfig.checkAmount(floor, "mpfRelevantIncomeFloor");
    return this;
  }

  /** Sets {@link FeatureConfig#incomeRecencyMonths()}; 1 to 60. */
  public FeatureConfigBuilder incomeRecencyMonths(int months) {
    once(7, "incomeRecencyMonths");
    incomeRecency = FeatureConfig.checkWindow(months, "incomeRecencyMonths");
    return this;
  }

  /** Sets {@link FeatureConfig#taxRecencyMonths()}; 1 to 60. */
  public FeatureConfigBuilder taxRecencyMonths(int months) {
    once(8, "taxRecencyMonths");
    taxRecency = FeatureConfig.checkWindow(months, "taxRecencyMonths");
    return this;
  }

  /** Sets {@link FeatureConfig#billLookbackMonths()}; 1 to 60. */
  public FeatureConfigBuilder billLookbackMonths(int months) {
    once(9, "billLookbackMonths");
    billLookback = FeatureConfig.checkWindow(months, "billLookbackMonths");
    return this;
  }

  /** Sets {@link FeatureConfig#employmentGapLookbackMonths()}; 1 to 60. */
  public FeatureConfigBuilder employmentGapLookbackMonths(int months) {
    once(10, "employmentGapLookbackMonths");
    gapLookback = FeatureConfig.checkWindow(months, "employmentGapLookbackMonths");
    return this;
  }

  /**
   * Builds the configuration.
   *
   * @throws IllegalArgumentException if the parameters are inconsistent together (for example the
   *     MPF floor not below the cap)
   */
  public FeatureConfig build() {
    return new FeatureConfig(cardRate, cardFloor, revolvingRate, revolvingFloor, mpfRate, mpfCap,
        mpfFloor, incomeRecency, taxRecency, billLookback, gapLookback);
  }
}
