package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.ProductType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AffordabilityTest {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static Affordability affordability() {
    return new Affordability(new BigDecimal("0.5"), HUNDRED, true, new BigDecimal("0.05"));
  }

  /** The loan limit computed afresh every time, step by step as the class documents it. */
  private static BigDecimal direct(BigDecimal p, int n, BigDecimal annualRatePercent, BigDecimal requested) {
    BigDecimal r = annualRatePercent.divide(BigDecimal.valueOf(1200), MC);
    BigDecimal amount;
    if (r.signum() == 0) {
      amount = p.multiply(BigDecimal.valueOf(n));
    } else {
      BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(n, MC), MC);
      amount = p.multiply(BigDecimal.ONE.subtract(discount), MC).divide(r, MC);
    }
    return amount.min(requested).divide(HUNDRED, 0, RoundingMode.FLOOR).multiply(HUNDRED).setScale(2);
  }

  @Test
  void limit_handComputedAnnuity() {
    // P = 7000; r = 12/1200 = 0.01; n = 12: PV = 7000 * (1 - 1.01^-12) / 0.01 = 78785.54..., rounded down to 78700.00.
    assertThat(affordability().limit(new BigDecimal("7000"), ProductType.PERSONAL_LOAN, 12, new BigDecimal("12"),
        new BigDecimal("1000000"))).isEqualTo(new BigDecimal("78700.00"));
  }

  @Test
  void limit_keptFactorsGiveTheDirectResultAgainAndBeyondTheBound() {
    Affordability a = affordability();
    BigDecimal requested = new BigDecimal("10000000");
    // 21 rates (0.00 .. 20.00 step 1, and "12" beside "12.00") x 13 terms = 286 pairs, more than are kept.
    for (int pass = 0; pass < 2; pass++) {
      for (int rate = 0; rate <= 20; rate++) {
        for (int n = 6; n <= 78; n += 6) {
          for (BigDecimal r : new BigDecimal[] {BigDecimal.valueOf(rate * 100L, 2), BigDecimal.valueOf(rate)}) {
            BigDecimal p = new BigDecimal("3456.78").add(BigDecimal.valueOf(rate * 37L + n));
            assertThat(a.limit(p, ProductType.PERSONAL_LOAN, n, r, requested))
                .as("rate %s, term %d, pass %d", r, n, pass).isEqualTo(direct(p, n, r, requested));
          }
        }
      }
    }
    assertThat(a.annuitiesKept()).isEqualTo(Affordability.MAX_ANNUITIES);
  }

  /** The card limit computed afresh, as the class documents it (minimum-payment rule). */
  private static BigDecimal directCard(BigDecimal p, BigDecimal minPaymentRate, BigDecimal requested) {
    return p.divide(minPaymentRate, MC).min(requested).divide(HUNDRED, 0, RoundingMode.FLOOR).multiply(HUNDRED)
        .setScale(2);
  }

  /** Requested amounts on both sides of {@code amount}, from far below to far above, and at it. */
  private static BigDecimal[] around(BigDecimal amount) {
    BigDecimal ulp = amount.round(MC).ulp();
    return new BigDecimal[] {
        new BigDecimal("100"), amount.multiply(new BigDecimal("0.5")), amount.multiply(new BigDecimal("0.99999999")),
        amount.multiply(new BigDecimal("0.9999999999")), amount.subtract(new BigDecimal("0.01")),
        amount.subtract(ulp), amount, amount.round(MC), amount.add(ulp), amount.add(new BigDecimal("0.01")),
        amount.multiply(new BigDecimal("1.0000000001")), amount.multiply(new BigDecimal("1.00000001")),
        amount.multiply(new BigDecimal("2")), new BigDecimal("999999999999.99")};
  }

  @Test
  void limit_requestedNearOrFarFromTheAmount_isTheDirectResult() {
    Affordability a = affordability();
    for (String instalment : new String[] {"7000", "8004.795", "0.01", "123456.789", "1234567890.12"}) {
      BigDecimal p = new BigDecimal(instalment);
      for (int n : new int[] {1, 12, 36, 360}) {
        for (String rate : new String[] {"0", "0.01", "12", "35.99", "-3"}) {
          BigDecimal r = new BigDecimal(rate);
          BigDecimal amount = r.signum() == 0 ? p.multiply(BigDecimal.valueOf(n))
              : p.multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(
                  r.divide(BigDecimal.valueOf(1200), MC)).pow(n, MC), MC)), MC).divide(r.divide(BigDecimal.valueOf(1200),
                  MC), MC);
          for (BigDecimal requested : around(amount)) {
            assertThat(a.limit(p, ProductType.PERSONAL_LOAN, n, r, requested))
                .as("P %s, n %d, rate %s, requested %s", p, n, r, requested).isEqualTo(direct(p, n, r, requested));
          }
        }
      }
      BigDecimal card = p.divide(new BigDecimal("0.05"), MC);
      for (BigDecimal requested : around(card)) {
        assertThat(a.limit(p, ProductType.CARD, 0, BigDecimal.ZERO, requested))
            .as("card P %s, requested %s", p, requested).isEqualTo(directCard(p, new BigDecimal("0.05"), requested));
      }
    }
  }

  /** The loan amount as the class computes it, before the cap. */
  private static BigDecimal loanAmount(BigDecimal p, int n, BigDecimal annualRatePercent) {
    BigDecimal r = annualRatePercent.divide(BigDecimal.valueOf(1200), MC);
    return p.multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(n, MC), MC)), MC)
        .divide(r, MC);
  }

  @Test
  void limit_amountAtOrNearAMultipleOfTheUnit_isTheDirectResult() {
    // Instalments scaled so that the amount lands on k units, give or take a few units of the 34th digit.
    for (String unit : new String[] {"100", "1", "0.01", "250"}) {
      BigDecimal u = new BigDecimal(unit);
      Affordability a = new Affordability(new BigDecimal("0.5"), u, true, new BigDecimal("0.05"));
      for (long k : new long[] {1, 7, 117, 1172, 98_765, 12_345_678}) {
        BigDecimal target = u.multiply(BigDecimal.valueOf(k));
        for (int n : new int[] {24, 60}) {
          BigDecimal rate = new BigDecimal("9.5");
          BigDecimal p0 = target.multiply(new BigDecimal("1000")).divide(loanAmount(new BigDecimal("1000"), n, rate), MC);
          for (BigDecimal p : new BigDecimal[] {p0, p0.add(p0.ulp()), p0.subtract(p0.ulp()),
              p0.multiply(new BigDecimal("1.000000000001")), p0.multiply(new BigDecimal("0.999999999999")),
              p0.multiply(new BigDecimal("1.0001")), p0.multiply(new BigDecimal("0.9999"))}) {
            BigDecimal requested = target.multiply(new BigDecimal("3"));
            BigDecimal expected = loanAmount(p, n, rate).min(requested).divide(u, 0, RoundingMode.FLOOR).multiply(u)
                .setScale(2);
            assertThat(a.limit(p, ProductType.PERSONAL_LOAN, n, rate, requested))
                .as("unit %s, k %d, n %d, P %s", u, k, n, p).isEqualTo(expected);
          }
        }
        BigDecimal cardP = target.multiply(new BigDecimal("0.05"));
        for (BigDecimal p : new BigDecimal[] {cardP, cardP.add(new BigDecimal("1E-30")), cardP.subtract(new BigDecimal("1E-30")),
            cardP.multiply(new BigDecimal("1.0001")), cardP.multiply(new BigDecimal("0.9999"))}) {
          BigDecimal requested = target.multiply(new BigDecimal("3"));
          BigDecimal expected = p.divide(new BigDecimal("0.05"), MC).min(requested).divide(u, 0, RoundingMode.FLOOR)
              .multiply(u).setScale(2);
          assertThat(a.limit(p, ProductType.CARD, 0, BigDecimal.ZERO, requested))
              .as("card unit %s, k %d, P %s", u, k, p).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void limit_requestedBelowTheAmount_isTheRequestedAmountRoundedDown() {
    // 7000 over 12 months at 12% affords 78785.54...; 50,050.50 asked is lent as 50,000.00.
    assertThat(affordability().limit(new BigDecimal("7000"), ProductType.PERSONAL_LOAN, 12, new BigDecimal("12"),
        new BigDecimal("50050.50"))).isEqualTo(new BigDecimal("50000.00"));
    // 7000 / 0.05 = 140000 affordable on a card; 90,099.99 asked is 90,000.00.
    assertThat(affordability().limit(new BigDecimal("7000"), ProductType.CARD, 0, BigDecimal.ZERO,
        new BigDecimal("90099.99"))).isEqualTo(new BigDecimal("90000.00"));
  }

  @Test
  void decimal_isValueOf() {
    assertThat(Affordability.decimal(27600.0)).isEqualTo(new BigDecimal("27600.0"));
    assertThat(Affordability.decimal(33733.33)).isEqualTo(new BigDecimal("33733.33"));
    assertThat(Affordability.decimal(0.5)).isEqualTo(new BigDecimal("0.5"));
    assertThat(Affordability.decimal(0.0)).isEqualTo(new BigDecimal("0.0"));
    assertThat(Affordability.decimal(-0.0)).isEqualTo(new BigDecimal("0.0"));
    assertThat(Affordability.decimal(0.42603591166362764)).isEqualTo(new BigDecimal("0.42603591166362764"));
    assertThat(Affordability.decimal(1e7)).isEqualTo(new BigDecimal("1.0E7"));
    assertThat(Affordability.decimal(-12.5)).isEqualTo(new BigDecimal("-12.5"));
    // Every whole number of cents in a few ranges, their neighbours, and random values of each size.
    SplittableRandom rnd = new SplittableRandom(21);
    for (long start : new long[] {0, 99_000, 3_373_333, 99_999_000, 999_990_000}) {
      for (long c = start; c < start + 20_000; c++) {
        double v = c / 100.0;
        for (double x : new double[] {v, Math.nextUp(v), Math.nextDown(v), c / 1000.0}) {
          assertThat(Affordability.decimal(x)).as("%s", x).isEqualTo(BigDecimal.valueOf(x));
        }
      }
    }
    for (int i = 0; i < 200_000; i++) {
      double x = rnd.nextLong(1_000_000_000L) / 100.0 * (i % 2 == 0 ? 1 : Math.pow(10, rnd.nextInt(-8, 12)));
      assertThat(Affordability.decimal(x)).as("%s", x).isEqualTo(BigDecimal.valueOf(x));
    }
  }

  @Test
  void limit_zeroRateIsInstalmentTimesTerm() {
    // 7000 * 12 = 84000, below the 100000 asked.
    assertThat(affordability().limit(new BigDecimal("7000"), ProductType.PERSONAL_LOAN, 12, BigDecimal.ZERO,
        new BigDecimal("100000"))).isEqualTo(new BigDecimal("84000.00"));
  }
}
