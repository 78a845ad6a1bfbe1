package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MPF mandatory contributions per the MPFA rules quoted in domain.md §4.4 (amounts in cents). */
class IncomeSynthTest {

  @Test
  void employeeMandatoryCents_belowFloor_zero() {
    // HK$7,099.99 is below the HK$7,100 minimum relevant income: the employee pays nothing.
    assertThat(IncomeSynth.employeeMandatoryCents(7_099_99L)).isZero();
  }

  @Test
  void employeeMandatoryCents_atFloor_fivePercent() {
    // 5% of HK$7,100 = HK$355.00
    assertThat(IncomeSynth.employeeMandatoryCents(7_100_00L)).isEqualTo(355_00L);
  }

  @Test
  void employeeMandatoryCents_aboveCap_capped() {
    // 5% of min(HK$45,000, HK$30,000) = HK$1,500.00
    assertThat(IncomeSynth.employeeMandatoryCents(45_000_00L)).isEqualTo(1_500_00L);
    assertThat(IncomeSynth.employeeMandatoryCents(30_000_00L)).isEqualTo(1_500_00L);
  }

  @Test
  void employeeMandatoryCents_oddCents_roundedHalfUp() {
    // 5% of HK$12,345.67 = HK$617.2835 -> HK$617.28
    assertThat(IncomeSynth.employeeMandatoryCents(12_345_67L)).isEqualTo(617_28L);
  }

  @Test
  void employerMandatoryCents_belowFloor_stillFivePercent() {
    // The employer contributes 5% even below the floor: 5% of HK$5,000 = HK$250.00
    assertThat(IncomeSynth.employerMandatoryCents(5_000_00L)).isEqualTo(250_00L);
    assertThat(IncomeSynth.employerMandatoryCents(60_000_00L)).isEqualTo(1_500_00L);
  }
}
