package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The charge-off window: 5 years up to November 2026 is 2021-12 .. 2026-11 (asOf 2026-11-01). */
class CreditChecksTest {

  private static final LocalDate AS_OF = PolicyFixtures.AS_OF;

  private static Account account(MonthlyStatus... months) {
    return new CreditCardAccount("ACC-1", Money.of("50000", Money.HKD), Money.of("1000", Money.HKD),
        Money.zero(Money.HKD), LocalDate.of(2015, 1, 1), Optional.empty(), new PaymentHistory(List.of(months)));
  }

  private static MonthlyStatus m(int year, int month, PaymentStatus status) {
    return new MonthlyStatus(YearMonth.of(year, month), status);
  }

  private static CreditFile file(Account... accounts) {
    return PolicyFixtures.file(PolicyFixtures.loan(),
        Optional.of(PolicyFixtures.report(List.of(accounts), List.of())), List.of());
  }

  @Test
  void chargeOffWithin_firstMonthOfWindowCounts() {
    assertThat(CreditChecks.chargeOffWithin(file(account(m(2021, 12, PaymentStatus.CHARGED_OFF))), AS_OF, 5))
        .isTrue();
  }

  @Test
  void chargeOffWithin_monthOfAsOfCountsAndLaterMonthsIgnored() {
    assertThat(CreditChecks.chargeOffWithin(file(account(m(2026, 11, PaymentStatus.CHARGED_OFF))), AS_OF, 5))
        .isTrue();
    assertThat(CreditChecks.chargeOffWithin(file(account(m(2026, 12, PaymentStatus.CHARGED_OFF))), AS_OF, 5))
        .isFalse();
  }

  @Test
  void chargeOffWithin_laterPositionInHistoryFound() {
    // Charged off in 2021-11 (outside), current in 2021-12, charged off again in 2022-01 (inside).
    Account a = account(m(2021, 11, PaymentStatus.CHARGED_OFF), m(2021, 12, PaymentStatus.CURRENT),
        m(2022, 1, PaymentStatus.CHARGED_OFF));
    assertThat(CreditChecks.chargeOffWithin(file(a), AS_OF, 5)).isTrue();
    assertThat(CreditChecks.chargeOffWithin(file(a), AS_OF, 4)).isFalse();
  }

  @Test
  void chargeOffWithin_onlySecondAccountChargedOff() {
    Account clean = account(m(2024, 1, PaymentStatus.CURRENT), m(2024, 2, PaymentStatus.DPD_30));
    Account charged = account(m(2020, 1, PaymentStatus.CURRENT), m(2025, 6, PaymentStatus.CHARGED_OFF));
    assertThat(CreditChecks.chargeOffWithin(file(clean, charged), AS_OF, 1)).isFalse();
    assertThat(CreditChecks.chargeOffWithin(file(clean, charged), AS_OF, 2)).isTrue();
    assertThat(CreditChecks.chargeOffWithin(file(clean), AS_OF, 10)).isFalse();
  }

  @Test
  void chargeOffWithin_noBureauReport_false() {
    assertThat(CreditChecks.chargeOffWithin(PolicyFixtures.file(PolicyFixtures.loan(), Optional.empty(), List.of()),
        AS_OF, 5)).isFalse();
  }
}
