package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.ProductType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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
 */
final class Affordability {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

  private final BigDecimal maxDebtToIncome;
  private final BigDecimal roundDownTo;
  private final boolean cardByMinPayment;
  private final BigDecimal cardFactor;

  Affordability(BigDecimal maxDebtToIncome, BigDecimal roundDownTo, boolean cardByMinPayment, BigDecimal cardFactor) {
    this.maxDebtToIncome = maxDebtToIncome;
    this.roundDownTo = roundDownTo;
    this.cardByMinPayment = cardByMinPayment;
    this.cardFactor = cardFactor;
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
      BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, MC);
      if (r.signum() == 0) {
        amount = instalment.multiply(BigDecimal.valueOf(termMonths));
      } else {
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(termMonths, MC), MC);
        amount = instalment.multiply(BigDecimal.ONE.subtract(discount), MC).divide(r, MC);
      }
    }
    BigDecimal capped = amount.min(requested);
    return capped.divide(roundDownTo, 0, RoundingMode.FLOOR).multiply(roundDownTo).setScale(2, RoundingMode.UNNECESSARY);
  }
}
