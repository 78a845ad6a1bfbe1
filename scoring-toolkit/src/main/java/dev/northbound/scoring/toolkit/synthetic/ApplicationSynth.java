package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Generates the application to the mainland bank, in CNY. Declared income over-states true income
 * by a factor {@code 1 + max(-0.1, N(0.04 + 0.06 max(0, -w), 0.08))}; declared obligations
 * under-state the bureau obligations by a uniform factor from 0.6 to 1.
 */
final class ApplicationSynth {
  private ApplicationSynth() {}

  private static final ProductType[] PRODUCTS = ProductType.values();
  private static final int[] LOAN_TERMS = {12, 24, 36, 60};

  static Application application(Draw d) {
    SplittableRandom r = d.r;
    ProductType product = PRODUCTS[Rand.pick(r, d.p.productWeights)];
    double incomeCny = d.incomeHkd * d.fx;
    double amount;
    int term;
    double rate;
    switch (product) {
      case CARD:
        amount = Math.min(100_000, SyntheticMoney.roundTo(incomeCny * Rand.uniform(r, 1, 3), 1000));
        term = 12;
        rate = 18.0;
        break;
      case MORTGAGE:
        amount = Math.min(5_000_000, SyntheticMoney.roundTo(incomeCny * Rand.uniform(r, 60, 120), 10_000));
        term = 12 * (15 + 5 * r.nextInt(4));
        rate = 3.1 + r.nextDouble();
        break;
      default:
        amount = Math.max(10_000, Math.min(200_000, SyntheticMoney.roundTo(incomeCny * Rand.uniform(r, 2, 8), 1000)));
        term = LOAN_TERMS[r.nextInt(LOAN_TERMS.length)];
        rate = 3.6 + 8.0 * r.nextDouble();
        break;
    }
    double overstatement = Math.max(-0.1,
        0.04 + 0.06 * Math.max(0.0, -d.willingness) + 0.08 * Rand.normal(r));
    double obligations = d.bureauObligationsHkd * d.fx * Rand.uniform(r, 0.6, 1.0);
    return new Application(
        "SYN-" + Long.toHexString(d.seed) + "-" + d.index,
        product,
        SyntheticMoney.positive(amount, Money.CNY),
        term,
        BigDecimal.valueOf(Math.round(rate * 100.0), 2),
        SyntheticMoney.money(incomeCny * (1.0 + overstatement), Money.CNY),
        SyntheticMoney.money(obligations, Money.CNY),
        d.city,
        d.p.ages[Rand.pick(r, d.p.ageWeights)],
        d.appDate);
  }
}
