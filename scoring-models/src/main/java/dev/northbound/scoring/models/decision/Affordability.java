package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureVector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limit arithmetic, in {@link BigDecimal} with {@link MathContext#DECIMAL128}:
 *
 * <ul>
 *   <li>instalment {@code P = income * maxDebtToIncome - obligations};
 *   <li>loans: the annuity present value {@code P * (1 - (1 + r)^-n) / r} with the monthly rate
 *       {@code r = annualRatePercent / 1200} and the term {@code n} in months ({@code P * n} when
 *       {@code r = 0});
 *   <li>cards: {@code P / minPaymentRate} (the limit whose minimum payment at full use is {@code P})
 *       or {@code P * multiple};
 *   <li>capped at the requested amount, then rounded down to a multiple of {@code roundDownTo}.
 * </ul>
 *
 * <p>The loan factors that depend only on the rate and the term, {@code r} and {@code 1 - (1 + r)^-n}
 * (the power is most of the cost), are kept once computed, for up to {@value #MAX_ANNUITIES} pairs of
 * rate (compared with its scale, as {@link BigDecimal#equals} does) and term; lenders price on a
 * grid, so a few pairs serve most applications. A pair beyond that is computed each time. The limit
 * is the same either way: the kept values are the exact intermediate results the arithmetic uses.
 * Thread-safe; the kept values are immutable.
 */
final class Affordability {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
  static final int MAX_ANNUITIES = 256;
  /** Where {@link #decimal} stops reading whole cents off the double: 10^7 units, 10^9 cents. */
  static final double WHOLE_CENTS_BELOW = 1e7;

  private final BigDecimal maxDebtToIncome;
  private final BigDecimal roundDownTo;
  private final boolean cardByMinPayment;
  private final BigDecimal cardFactor;
  private final ConcurrentHashMap<AnnuityKey, Annuity> annuities = new ConcurrentHashMap<>();

  Affordability(BigDecimal maxDebtToIncome, BigDecimal roundDownTo, boolean cardByMinPayment, BigDecimal cardFactor) {
    this.maxDebtToIncome = maxDebtToIncome;
    this.roundDownTo = roundDownTo;
    this.cardByMinPayment = cardByMinPayment;
    this.cardFactor = cardFactor;
  }

  /**
   * An amount feature the arithmetic reads (income, obligations), as the exact decimal of its double.
   * A vector holds only finite values; this one must not be negative either: a negative obligation
   * would read as spare capacity, so it is refused rather than used.
   *
   * @throws InvalidInputException at {@code /vector/<feature name>} if the value is negative
   */
  static BigDecimal amountFeature(FeatureVector vector, int index) {
    double value = vector.value(index);
    if (value < 0) {
      throw new InvalidInputException("/vector/" + vector.schema().name(index), "must not be negative",
          "a negative value");
    }
    return decimal(value);
  }

  /**
   * {@link BigDecimal#valueOf(double)}: the decimal of its {@link Double#toString}. A value from 0 to
   * below {@value #WHOLE_CENTS_BELOW} that is a whole number of cents (the double nearest
   * {@code cents / 100}; amount features mostly are) is made from its cents
   * without the string: its shortest decimal has at most 2 decimal places, and {@code toString}
   * writes it with at least 1, for example 27600.0 and 33733.33 (compared once with {@code valueOf}
   * for every number of cents below 10<sup>9</sup> on JDK 17: all equal; AffordabilityTest samples
   * them). Anything else is {@code valueOf}.
   */
  static BigDecimal decimal(double value) {
    if (value >= 0 && value < WHOLE_CENTS_BELOW) {
      double cents = Math.rint(value * 100.0);
      if (cents / 100.0 == value) {
        long c = (long) cents;
        return c % 10 == 0 ? BigDecimal.valueOf(c / 10, 1) : BigDecimal.valueOf(c, 2);
      }
    }
    return BigDecimal.valueOf(value);
  }

  /** The largest new monthly instalment: {@code income * maxDebtToIncome - obligations} (may be negative). */
  BigDecimal instalment(BigDecimal income, BigDecimal obligations) {
    return income.multiply(maxDebtToIncome).subtract(obligations);
  }

  /** The limit for a positive instalment, capped and rounded down; zero when nothing is affordable. */
  BigDecimal limit(BigDecimal instalment, ProductType product, int termMonths, BigDecimal annualRatePercent,
      BigDecimal requested) {
    if (instalment.signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal amount;
    if (product == ProductType.CARD) {
      amount = cardByMinPayment ? instalment.divide(cardFactor, MC) : instalment.multiply(cardFactor);
    } else {
      Annuity a = annuity(annualRatePercent, termMonths);
      amount = a.rate().signum() == 0 ? instalment.multiply(BigDecimal.valueOf(termMonths))
          : instalment.multiply(a.oneMinusDiscount(), MC).divide(a.rate(), MC);
    }
    BigDecimal capped = amount.min(requested);
    return capped.divide(roundDownTo, 0, RoundingMode.FLOOR).multiply(roundDownTo).setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The factors of a loan at that rate and term (for a zero rate, {@code r} is zero and unused). */
  private Annuity annuity(BigDecimal annualRatePercent, int termMonths) {
    AnnuityKey key = new AnnuityKey(annualRatePercent, termMonths);
    Annuity kept = annuities.get(key);
    if (kept != null) {
      return kept;
    }
    BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, MC);
    Annuity computed;
    if (r.signum() == 0) {
      computed = new Annuity(r, BigDecimal.ZERO);
    } else {
      BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(termMonths, MC), MC);
      computed = new Annuity(r, BigDecimal.ONE.subtract(discount));
    }
    if (annuities.size() < MAX_ANNUITIES) {
      annuities.putIfAbsent(key, computed);
    }
    return computed;
  }

  /** Number of kept rate and term pairs (for tests). */
  int annuitiesKept() {
    return annuities.size();
  }

  private record AnnuityKey(BigDecimal annualRatePercent, int termMonths) {}

  /** The monthly rate {@code r} and {@code 1 - (1 + r)^-n}, both as the arithmetic computes them. */
  private record Annuity(BigDecimal rate, BigDecimal oneMinusDiscount) {}
}
