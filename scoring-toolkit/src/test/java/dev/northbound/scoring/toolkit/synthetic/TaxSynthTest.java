package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TaxSynthTest {

  @Test
  void hkTax_progressiveBelowStandard() {
    // 300,000 - 132,000 = 168,000 net: 50,000*2% + 50,000*6% + 50,000*10% + 18,000*14%
    //   = 1,000 + 3,000 + 5,000 + 2,520 = 11,520 (< 15% * 300,000 = 45,000)
    assertThat(TaxSynth.hkTax(300_000)).isCloseTo(11_520, within(1e-9));
  }

  @Test
  void hkTax_highIncome_cappedAtStandardRate() {
    // 5,000,000: progressive 1,000+3,000+5,000+7,000 + (4,868,000-200,000)*17% = 809,560; standard 750,000
    assertThat(TaxSynth.hkTax(5_000_000)).isCloseTo(750_000, within(1e-6));
  }

  @Test
  void hkTax_belowAllowance_zero() {
    assertThat(TaxSynth.hkTax(100_000)).isZero();
  }

  @Test
  void cnTax_matchesQuickDeductionTable() {
    // Taxable 200,000 - 60,000 = 140,000 falls in the 10% band; the published quick deduction for
    // that band is 2,520: 140,000 * 10% - 2,520 = 11,480.
    assertThat(TaxSynth.cnTax(200_000)).isCloseTo(11_480, within(1e-9));
    // Taxable 1,000,000: 45% band, quick deduction 181,920: 450,000 - 181,920 = 268,080.
    assertThat(TaxSynth.cnTax(1_060_000)).isCloseTo(268_080, within(1e-6));
  }

  @Test
  void remaining_annuity_halfwayAndEnd() {
    // 12 payments at 1% a month on 1,000: after 12 payments nothing is left; after 0 all of it.
    assertThat(TradelineSynth.remaining(1_000, 0.01, 12, 12)).isCloseTo(0.0, within(1e-9));
    assertThat(TradelineSynth.remaining(1_000, 0.01, 12, 0)).isCloseTo(1_000.0, within(1e-9));
    // After 6: 1,000 * (1.01^12 - 1.01^6) / (1.01^12 - 1) = 1,000 * (1.12682503 - 1.06152015) / 0.12682503
    //   = 514.9209...
    assertThat(TradelineSynth.remaining(1_000, 0.01, 12, 6)).isCloseTo(514.92, within(0.01));
  }
}
