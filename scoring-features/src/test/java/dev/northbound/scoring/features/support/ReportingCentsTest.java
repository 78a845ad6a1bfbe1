package dev.northbound.scoring.features.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.money.Money;
import org.junit.jupiter.api.Test;

/** Amounts never wrap: a converted amount or a sum past 10^16 units is a typed error with its pointer. */
class ReportingCentsTest {

  @Test
  void cents_roundsHalfEvenAtTheFactor() {
    // 2000.00 x 0.92 = 1840.00 -> 184000 cents; 0.125 x 1 -> 12.5 cents -> 12 (half-even).
    assertThat(ReportingCents.cents(Money.of("2000.00", Money.HKD), 0.92, ReportingCents.ACCOUNTS, 1, "balance")).isEqualTo(184_000L);
    assertThat(ReportingCents.cents(Money.of("0.12", Money.HKD), 1.0, ReportingCents.ACCOUNTS, 1, "balance")).isEqualTo(12L);
  }

  @Test
  void cents_atTheLimit_exact() {
    assertThat(ReportingCents.cents(Money.of("10000000000000000", Money.CNY), 1.0, ReportingCents.ACCOUNTS, 0, "balance"))
        .isEqualTo(ReportingCents.MAX_CENTS);
  }

  @Test
  void cents_pastTheLimit_typedErrorNotSaturated() {
    // Before: (long) Math.rint(1e22) saturated at Long.MAX_VALUE, and the next sum wrapped.
    assertThatThrownBy(() -> ReportingCents.cents(Money.of("100000000000000000000", Money.HKD), 0.92, ReportingCents.ACCOUNTS, 0,
            "monthlyInstalment"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/monthlyInstalment/amount: must be at most 10000000000000000 once"
            + " converted to the reporting currency; found a larger amount");
  }

  @Test
  void cents_configuredAmountNotFinite_typedError() {
    assertThatThrownBy(() -> ReportingCents.cents(Money.of("1", Money.HKD), Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/: must be at most 10000000000000000 once converted to the reporting currency; found a larger"
            + " amount");
  }

  @Test
  void add_withinTheLimit_exact() {
    assertThat(ReportingCents.add(ReportingCents.MAX_CENTS - 1, 1L, ReportingCents.ACCOUNTS, 3, "pastDue")).isEqualTo(ReportingCents.MAX_CENTS);
  }

  @Test
  void add_pastTheLimit_typedErrorNamingTheAddedAmount() {
    assertThatThrownBy(() -> ReportingCents.add(ReportingCents.MAX_CENTS, 1L, ReportingCents.ACCOUNTS, 3, "pastDue"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/3/pastDue/amount: must keep the sum of amounts in the reporting currency"
            + " at most 10000000000000000; found a sum past that range");
  }
}
