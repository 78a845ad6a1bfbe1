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
 *
 * <p>Most limits need no decimal division at all: when an estimate in doubles shows the amount
 * clearly above the requested amount, or clearly below it and clearly between two multiples of
 * {@code roundDownTo}, the limit those decimals would give is known ({@link #shortcut}); only an
 * amount within a hair of the cap or of a multiple is computed in decimals. Same limits either way.
 * Thread-safe; the kept values are immutable.
 */
final class Affordability {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
  static final int MAX_ANNUITIES = 256;
  /** Where {@link #decimal} stops reading whole cents off the double: 10^7 units, 10^9 cents. */
  static final double WHOLE_CENTS_BELOW = 1e7;
  /** How far, relative to their sizes, an estimated amount must be above the cap to skip the decimals. */
  private static final double CLEAR_MARGIN = 1e-9;
  /** {@link #shortcut}'s answer when the requested amount is the cap. */
  private static final long CAPPED = -2;
  /** How far, relative to the quotient, an estimate must be from a whole number of rounding units. */
  private static final double UNIT_MARGIN = 1e-12;

  private final BigDecimal maxDebtToIncome;
  private final BigDecimal roundDownTo;
  private final boolean cardByMinPayment;
  private final BigDecimal cardFactor;
  /** {@code 1 / cardFactor} in doubles, for {@link #shortcut}. */
  private final double cardFactorInverse;
  /** {@code roundDownTo} in doubles, for {@link #shortcut}. */
  private final double roundDownToValue;
  private final ConcurrentHashMap<AnnuityKey, Annuity> annuities = new ConcurrentHashMap<>();

  Affordability(BigDecimal maxDebtToIncome, BigDecimal roundDownTo, boolean cardByMinPayment, BigDecimal cardFactor) {
    this.maxDebtToIncome = maxDebtToIncome;
    this.roundDownTo = roundDownTo;
    this.cardByMinPayment = cardByMinPayment;
    this.cardFactor = cardFactor;
    this.cardFactorInverse = 1.0 / cardFactor.doubleValue();
    this.roundDownToValue = roundDownTo.doubleValue();
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
    if (product == ProductType.CARD) {
      if (!cardByMinPayment) {
        return rounded(instalment.multiply(cardFactor).min(requested));
      }
      long units = shortcut(instalment, cardFactorInverse, requested);
      return units == CAPPED ? rounded(requested) : units >= 0 ? inUnits(units)
          : rounded(instalment.divide(cardFactor, MC).min(requested));
    }
    Annuity a = annuity(annualRatePercent, termMonths);
    if (a.rate().signum() == 0) {
      return rounded(instalment.multiply(BigDecimal.valueOf(termMonths)).min(requested));
    }
    long units = shortcut(instalment, a.factor(), requested);
    return units == CAPPED ? rounded(requested) : units >= 0 ? inUnits(units)
        : rounded(instalment.multiply(a.oneMinusDiscount(), MC).divide(a.rate(), MC).min(requested));
  }

  /** {@code capped} rounded down to a multiple of {@code roundDownTo}, with 2 decimal places. */
  private BigDecimal rounded(BigDecimal capped) {
    return capped.divide(roundDownTo, 0, RoundingMode.FLOOR).multiply(roundDownTo).setScale(2, RoundingMode.UNNECESSARY);
  }

  /** {@code units} whole rounding units, as {@link #rounded} gives them. */
  private BigDecimal inUnits(long units) {
    return BigDecimal.valueOf(units).multiply(roundDownTo).setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * What doubles tell of the limit on {@code instalment * factor} (a loan at a non-zero rate, a card
   * by minimum payment), without the decimal arithmetic: {@link #CAPPED} when the amount is certainly
   * above the requested amount (the cap is then {@code requested} itself, as {@code min} gives it);
   * the whole number of rounding units in the amount when it is certainly below the requested amount
   * and certainly between two whole numbers of units (what {@code divide(roundDownTo, 0, FLOOR)}
   * gives); -1 otherwise, and the decimals decide.
   *
   * <p>The decimal amount is within 10<sup>-33</sup> of the exact product; the estimate, from the
   * instalment, the factor and the cap each within an ulp of theirs, is within about 10<sup>-15</sup>
   * of it, and the quotient by the unit adds an ulp. Margins of 10<sup>-9</sup> of the sizes (against
   * the cap) and 10<sup>-12</sup> of the quotient (against whole units) leave no doubt; an estimate
   * closer than that, infinite, not a number, or past 10<sup>15</sup> units answers -1.
   */
  private long shortcut(BigDecimal instalment, double factor, BigDecimal requested) {
    double estimate = instalment.doubleValue() * factor;
    double cap = requested.doubleValue();
    if (clearlyAbove(estimate, cap)) {
      return CAPPED;
    }
    if (!clearlyAbove(cap, estimate)) {
      return -1;
    }
    double units = estimate / roundDownToValue;
    if (!(units >= 0 && units < 1e15)) {
      return -1;
    }
    double whole = Math.floor(units);
    double margin = UNIT_MARGIN * (units + 1.0);
    return units - whole > margin && whole + 1.0 - units > margin ? (long) whole : -1;
  }

  /** Whether the estimate {@code a} is certainly above the estimate {@code b}. */
  private static boolean clearlyAbove(double a, double b) {
    return a - b > CLEAR_MARGIN * (Math.abs(a) + Math.abs(b));
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
      computed = new Annuity(r, BigDecimal.ZERO, Double.NaN);
    } else {
      BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(termMonths, MC), MC);
      BigDecimal oneMinusDiscount = BigDecimal.ONE.subtract(discount);
      computed = new Annuity(r, oneMinusDiscount, oneMinusDiscount.doubleValue() / r.doubleValue());
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

  /**
   * The monthly rate {@code r} and {@code 1 - (1 + r)^-n}, both as the arithmetic computes them, and
   * their quotient in doubles for {@link #shortcut} (NaN for a zero rate).
   */
  private record Annuity(BigDecimal rate, BigDecimal oneMinusDiscount, double factor) {}
}
