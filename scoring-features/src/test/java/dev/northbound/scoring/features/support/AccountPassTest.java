package dev.northbound.scoring.features.support;

import static dev.northbound.scoring.features.Fixtures.card;
import static dev.northbound.scoring.features.Fixtures.closedCard;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountPassTest {

  /** As of 2026-06-15: opened 72 and 6 whole months before, one closed, one opened after the as-of date. */
  private static HkCreditReport report() {
    return CreditFileBuilder.create()
        .account(card("a", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2020, 6, 15), PaymentHistory.empty()))
        .account(card("b", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2025, 12, 16), PaymentHistory.empty()))
        .account(closedCard("c", hkd("100.00"), LocalDate.of(2023, 6, 14), LocalDate.of(2024, 1, 1)))
        .account(card("d", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2026, 12, 1), PaymentHistory.empty()))
        .build().bureauReport().orElseThrow();
  }

  @Test
  void of_visibleAndOpenAccounts() {
    AccountPass pass = AccountPass.of(report(), context());
    assertThat(new boolean[] {pass.isVisible(0), pass.isVisible(1), pass.isVisible(2), pass.isVisible(3)})
        .containsExactly(true, true, true, false);
    assertThat(new boolean[] {pass.isOpen(0), pass.isOpen(1), pass.isOpen(2), pass.isOpen(3)})
        .containsExactly(true, true, false, false);
    assertThat(pass.visibleCount()).isEqualTo(3);
  }

  @Test
  void of_agesOfTheVisibleAccounts() {
    AccountPass pass = AccountPass.of(report(), context());
    // 2020-06-15 -> 72; 2025-12-16 -> 5 (the 6th month would end on 2026-06-16); 2023-06-14 -> 36.
    assertThat(pass.oldestAgeMonths()).isEqualTo(72L);
    assertThat(pass.totalAgeMonths()).isEqualTo(72L + 5L + 36L);
    assertThat(pass.openedWithin12Months()).isEqualTo(1);
  }

  @Test
  void of_anotherReportOrDate_isScannedAgain() {
    HkCreditReport report = report();
    assertThat(AccountPass.of(report, context()).visibleCount()).isEqualTo(3);
    // As of 2027-01-01 account d is visible too; b (opened 2025-12-16) is then 12 months old.
    ExtractionContext later = ExtractionContext.of(LocalDate.of(2027, 1, 1), context().rates());
    AccountPass pass = AccountPass.of(report, later);
    assertThat(pass.visibleCount()).isEqualTo(4);
    assertThat(pass.openedWithin12Months()).isEqualTo(1);
    HkCreditReport empty = CreditFileBuilder.create().bureau().build().bureauReport().orElseThrow();
    assertThat(AccountPass.of(empty, later).visibleCount()).isZero();
    assertThat(AccountPass.of(empty, later).oldestAgeMonths()).isZero();
  }
}
