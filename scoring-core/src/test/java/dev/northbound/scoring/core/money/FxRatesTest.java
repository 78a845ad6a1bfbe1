package dev.northbound.scoring.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FxRatesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final FxRate HKD_CNY = new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.9215"), "CFETS", DAY);
  private final FxRates rates = FxRates.of(HKD_CNY);

  @Test
  void convert_forwardRoundsHalfEven() {
    // 1000.05 * 0.9215 = 921.546075 -> 921.55 (HALF_EVEN at 2 dp; the dropped part .6075 > .5)
    ConvertedMoney c = rates.convert(Money.of("1000.05", Money.HKD), Money.CNY);
    assertThat(c.converted()).isEqualTo(Money.of("921.55", Money.CNY));
    assertThat(c.original()).isEqualTo(Money.of("1000.05", Money.HKD));
    assertThat(c.rate()).contains(HKD_CNY);
  }

  @Test
  void convert_halfEvenTieGoesToEven() {
    // 10.10 * 0.9215 = 9.30715 -> 9.31 (not a tie); use 0.5 rate for a tie: 0.05 * 0.5 = 0.025 -> 0.02
    FxRates half = FxRates.of(new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.5"), "test", DAY));
    assertThat(half.convert(Money.of("0.05", Money.HKD), Money.CNY).converted())
        .isEqualTo(Money.of("0.02", Money.CNY));
    assertThat(half.convert(Money.of("0.07", Money.HKD), Money.CNY).converted())
        .isEqualTo(Money.of("0.04", Money.CNY)); // 0.035 -> 0.04 (4 is even)
  }

  @Test
  void convert_backwardUsesReciprocal() {
    // 921.50 / 0.9215 = 1000.00 exactly
    ConvertedMoney c = rates.convert(Money.of("921.50", Money.CNY), Money.HKD);
    assertThat(c.converted()).isEqualTo(Money.of("1000.00", Money.HKD));
    assertThat(c.rate()).contains(HKD_CNY);
  }

  @Test
  void convert_sameCurrencyKeepsAmountAndNoRate() {
    ConvertedMoney c = rates.convert(Money.of("12.30", Money.CNY), Money.CNY);
    assertThat(c.converted()).isEqualTo(c.original());
    assertThat(c.rate()).isEqualTo(Optional.empty());
  }

  @Test
  void factor_bothDirections() {
    assertThat(rates.factor(Money.HKD, Money.CNY)).isEqualTo(0.9215);
    assertThat(rates.factor(Money.CNY, Money.HKD)).isEqualTo(1 / 0.9215, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(rates.factor(Money.CNY, Money.CNY)).isEqualTo(1.0);
  }

  @Test
  void convert_missingRate() {
    Currency usd = Currency.getInstance("USD");
    assertThatThrownBy(() -> rates.convert(Money.of("1.00", usd), Money.CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no exchange rate between USD and CNY");
    assertThat(rates.canConvert(usd, Money.CNY)).isFalse();
  }

  @Test
  void of_rejectsPairGivenTwice() {
    FxRate back = new FxRate(Money.CNY, Money.HKD, new BigDecimal("1.08"), "bank", DAY);
    assertThatThrownBy(() -> FxRates.of(HKD_CNY, back))
        .hasMessage("rate CNY->HKD was given more than once (either direction)");
  }

  @Test
  void fxRate_rejectsNonPositive() {
    assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, BigDecimal.ZERO, "x", DAY))
        .hasMessage("rate must be positive, found 0");
  }

  @Test
  void fxRate_1e400_rejectedNotZeroAsADouble() {
    // 1E-400 is a positive BigDecimal but 0.0 as a double: HKD obligations would vanish.
    assertThat(new BigDecimal("1E-400").doubleValue()).isZero();
    assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, new BigDecimal("1E-400"), "x", DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be between 0.000001 and 1000000, found a smaller rate");
    assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, new BigDecimal("1E+400"), "x", DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be between 0.000001 and 1000000, found a larger rate");
  }

  @Test
  void fxRate_1e12And1e12Reciprocal_rejected() {
    assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, new BigDecimal("1E-12"), "x", DAY))
        .hasMessage("rate must be between 0.000001 and 1000000, found a smaller rate");
    assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, new BigDecimal("1E12"), "x", DAY))
        .hasMessage("rate must be between 0.000001 and 1000000, found a larger rate");
  }

  @Test
  void fxRate_atTheBounds_acceptedBothDirectionsFinite() {
    FxRates low = FxRates.of(new FxRate(Money.HKD, Money.CNY, FxRate.MIN_RATE, "x", DAY));
    assertThat(low.factor(Money.HKD, Money.CNY)).isEqualTo(1e-6);
    assertThat(low.factor(Money.CNY, Money.HKD)).isEqualTo(1e6);
    FxRates high = FxRates.of(new FxRate(Money.HKD, Money.CNY, FxRate.MAX_RATE, "x", DAY));
    assertThat(high.factor(Money.HKD, Money.CNY)).isEqualTo(1e6);
    assertThat(high.factor(Money.CNY, Money.HKD)).isEqualTo(1e-6);
    // The largest amount of the format at the largest rate: exact in BigDecimal.
    assertThat(high.convert(Money.of("999999999999.99", Money.HKD), Money.CNY).converted().amount())
        .isEqualByComparingTo("999999999999990000.00");
    assertThat(low.convert(Money.of("0.01", Money.HKD), Money.CNY).converted().amount())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void money_rejectsThreeDecimals() {
    assertThatThrownBy(() -> Money.of("1.234", Money.HKD))
        .hasMessage("amount must have at most 2 decimal places, found 3");
    assertThat(Money.of("1.200", Money.HKD).amount()).isEqualByComparingTo("1.2");
  }
}
