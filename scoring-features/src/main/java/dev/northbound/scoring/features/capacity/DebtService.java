package dev.northbound.scoring.features.capacity;

import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.support.ReportingCents;

/** Payment rules in cents of the reporting currency. Stateless and thread-safe. */
final class DebtService {

  private DebtService() {}

  /** {@code min(balance, max(rate x balance, floor))}, or 0 for a zero balance. */
  static long minimumPayment(long balance, double rate, long floor) {
    if (balance <= 0) {
      return 0L;
    }
    return Math.min(balance, Math.max((long) Math.rint(rate * balance), floor));
  }

  /**
   * The level monthly payment of an annuity: {@code P r / (1 - (1 + r)^-n)} with
   * {@code r = annualRatePercent / 1200}, or {@code P / n} when the rate is zero, in cents; rounded half-even
   * to cents by the caller (a rate of at most 100% keeps it within 1.09 times the principal).
   */
  static double annuityCents(long principal, double annualRatePercent, int months) {
    double r = annualRatePercent / 1200.0;
    if (r == 0.0) {
      return (double) principal / months;
    }
    return principal * r / (1.0 - Math.pow(1.0 + r, -months));
  }


  /**
   * The monthly payment the requested product adds: the annuity on the amount, term and rate for a
   * loan or mortgage; for a card, the card minimum payment on the whole requested limit, as if it
   * were fully drawn.
   */
  static long requested(Application app, ExtractionContext ctx, FeatureConfig cfg) {
    long amount = ReportingCents.cents(app.amount(), ctx, ReportingCents.APPLICATION, -1, "amount");
    if (app.product() == ProductType.CARD) {
      return minimumPayment(amount, cfg.cardMinimumPaymentRate(), cardFloor(ctx, cfg));
    }
    return ReportingCents.checked(annuityCents(amount, app.annualRatePercent().doubleValue(), app.termMonths()),
        ReportingCents.APPLICATION, -1, "amount");
  }

  /** The card minimum-payment floor in cents of the reporting currency. */
  static long cardFloor(ExtractionContext ctx, FeatureConfig cfg) {
    return ReportingCents.cents(cfg.cardMinimumPaymentFloor(),
        ReportingCents.configFactor(ctx, cfg.cardMinimumPaymentFloor().currency(), "card minimum-payment floor"));
  }

  /** The revolving-loan payment floor in cents of the reporting currency. */
  static long revolvingFloor(ExtractionContext ctx, FeatureConfig cfg) {
    return ReportingCents.cents(cfg.revolvingLoanPaymentFloor(),
        ReportingCents.configFactor(ctx, cfg.revolvingLoanPaymentFloor().currency(), "revolving-loan payment floor"));
  }
}
