package dev.northbound.scoring.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainValidationTest {

  private static final LocalDate OPENED = LocalDate.of(2022, 3, 1);

  @Test
  void paymentHistory_rejectsRepeatedMonth() {
    List<MonthlyStatus> months = List.of(
        new MonthlyStatus(YearMonth.of(2025, 1), PaymentStatus.CURRENT),
        new MonthlyStatus(YearMonth.of(2025, 1), PaymentStatus.DPD_30));
    assertThatThrownBy(() -> new PaymentHistory(months))
        .hasMessage("payment history months must be strictly increasing: 2025-01 follows 2025-01");
  }

  @Test
  void creditCard_rejectsNegativeLimitAndMixedCurrency() {
    assertThatThrownBy(() -> new CreditCardAccount("a1", Money.of("-1.00", Money.HKD), Money.zero(Money.HKD),
            Money.zero(Money.HKD), OPENED, Optional.empty(), PaymentHistory.empty()))
        .hasMessage("creditLimit must not be negative, found -1.00");
    assertThatThrownBy(() -> new CreditCardAccount("a1", Money.of("100.00", Money.HKD), Money.zero(Money.CNY),
            Money.zero(Money.HKD), OPENED, Optional.empty(), PaymentHistory.empty()))
        .hasMessage("balance currency CNY differs from creditLimit currency HKD");
  }

  @Test
  void account_closedBeforeOpenedRejected() {
    assertThatThrownBy(() -> new CreditCardAccount("a1", Money.of("100.00", Money.HKD), Money.zero(Money.HKD),
            Money.zero(Money.HKD), OPENED, Optional.of(OPENED.minusDays(1)), PaymentHistory.empty()))
        .hasMessage("closedOn 2022-02-28 is before openedOn 2022-03-01");
  }

  @Test
  void account_isOpenOn() {
    Account a = new CreditCardAccount("a1", Money.of("100.00", Money.HKD), Money.zero(Money.HKD),
        Money.zero(Money.HKD), OPENED, Optional.of(LocalDate.of(2024, 1, 31)), PaymentHistory.empty());
    assertThat(a.isOpenOn(LocalDate.of(2022, 2, 28))).isFalse();
    assertThat(a.isOpenOn(OPENED)).isTrue();
    assertThat(a.isOpenOn(LocalDate.of(2024, 1, 30))).isTrue();
    assertThat(a.isOpenOn(LocalDate.of(2024, 1, 31))).isFalse();
    assertThat(a.isRevolving()).isTrue();
  }

  @Test
  void publicRecord_activeBetweenFilingAndDischarge() {
    PublicRecord r = new PublicRecord(PublicRecordType.BANKRUPTCY, LocalDate.of(2020, 5, 1),
        Optional.of(LocalDate.of(2024, 5, 1)));
    assertThat(r.isActiveOn(LocalDate.of(2020, 4, 30))).isFalse();
    assertThat(r.isActiveOn(LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(r.isActiveOn(LocalDate.of(2024, 5, 1))).isFalse();
  }

  @Test
  void paymentStatus_codesRoundTripAndSeverity() {
    for (PaymentStatus s : PaymentStatus.values()) {
      assertThat(PaymentStatus.fromCode(s.code())).contains(s);
    }
    assertThat(PaymentStatus.fromCode("X")).isEmpty();
    assertThat(PaymentStatus.DPD_60.severity()).isEqualTo(2);
    assertThat(PaymentStatus.CHARGED_OFF.severity()).isEqualTo(7);
    assertThat(PaymentStatus.NO_ACTIVITY.isObserved()).isFalse();
  }
}
