package dev.northbound.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.money.Money;
import org.junit.jupiter.api.Test;

class FeatureConfigTest {

  @Test
  void defaults_documentedValues() {
    FeatureConfig c = FeatureConfig.defaults();
    assertThat(c.cardMinimumPaymentRate()).isEqualTo(0.03);
    assertThat(c.cardMinimumPaymentFloor()).isEqualTo(Money.of("50.00", Money.CNY));
    assertThat(c.revolvingLoanPaymentRate()).isEqualTo(0.02);
    assertThat(c.revolvingLoanPaymentFloor()).isEqualTo(Money.of("50.00", Money.CNY));
    assertThat(c.mpfMandatoryRate()).isEqualTo(0.05);
    assertThat(c.mpfRelevantIncomeCap()).isEqualTo(Money.of("30000.00", Money.HKD));
    assertThat(c.mpfRelevantIncomeFloor()).isEqualTo(Money.of("7100.00", Money.HKD));
    assertThat(c.incomeRecencyMonths()).isEqualTo(3);
    assertThat(c.taxRecencyMonths()).isEqualTo(24);
    assertThat(c.billLookbackMonths()).isEqualTo(24);
    assertThat(c.employmentGapLookbackMonths()).isEqualTo(36);
  }

  @Test
  void builder_changesOnlyWhatIsSet() {
    FeatureConfig c = FeatureConfig.builder().cardMinimumPaymentRate(0.05).billLookbackMonths(12).build();
    assertThat(c.cardMinimumPaymentRate()).isEqualTo(0.05);
    assertThat(c.billLookbackMonths()).isEqualTo(12);
    assertThat(c.mpfMandatoryRate()).isEqualTo(0.05);
  }

  @Test
  void builder_setTwice_rejected() {
    FeatureConfigBuilder b = FeatureConfig.builder().taxRecencyMonths(12);
    assertThatThrownBy(() -> b.taxRecencyMonths(18))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("taxRecencyMonths was already set");
  }

  @Test
  void builder_badRate_rejectedAtOnce() {
    assertThatThrownBy(() -> FeatureConfig.builder().cardMinimumPaymentRate(0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cardMinimumPaymentRate must be in (0, 1], found 0.0");
  }

  @Test
  void builder_windowTooLong_rejected() {
    assertThatThrownBy(() -> FeatureConfig.builder().employmentGapLookbackMonths(61))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("employmentGapLookbackMonths must be between 1 and 60 months, found 61");
  }

  @Test
  void build_floorAboveCap_rejected() {
    FeatureConfigBuilder b = FeatureConfig.builder().mpfRelevantIncomeCap(Money.of("5000.00", Money.HKD));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mpfRelevantIncomeFloor must be below mpfRelevantIncomeCap and in the same currency");
  }
}
