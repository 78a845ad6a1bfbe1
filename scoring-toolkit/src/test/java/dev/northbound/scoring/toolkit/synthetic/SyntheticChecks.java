package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/** Cross-field rules a generated applicant must keep beyond what the domain constructors check. */
final class SyntheticChecks {
  private SyntheticChecks() {}

  static void assertConsistent(SyntheticApplicant a) {
    Application app = a.creditFile().application();
    LocalDate appDate = app.applicationDate();
    YearMonth appMonth = YearMonth.from(appDate);
    assertThat(a.creditFile().documents()).isEmpty();
    assertThat(appMonth).isBetween(YearMonth.of(2025, 1), YearMonth.of(2026, 10));
    assertThat(Arrays.asList(Draw.CITIES)).contains(app.cityOfResidence());
    assertThat(a.window().end()).isEqualTo(appDate.plusMonths(12));
    money(app.amount());
    money(app.declaredMonthlyIncome());
    money(app.declaredMonthlyObligations());
    assertThat(app.amount().currency()).isEqualTo(Money.CNY);
    a.creditFile().bureauReport().ifPresent(r -> report(r, appDate));
    AlternativeData alt = a.creditFile().alternativeData();
    for (UtilityBill b : alt.bills()) {
      money(b.amount());
      assertThat(b.period()).isBefore(appMonth);
      assertThat(b.dueDate()).isBefore(appDate);
      b.paidOn().ifPresent(p -> assertThat(p).isBeforeOrEqualTo(appDate));
    }
    for (RentPayment rp : alt.rent()) {
      money(rp.amount());
      assertThat(rp.dueDate()).isBefore(appDate);
      rp.paidOn().ifPresent(p -> assertThat(p).isBeforeOrEqualTo(appDate));
    }
    for (TaxRecord t : alt.taxRecords()) {
      money(t.assessedIncome());
      money(t.taxCharged());
      assertThat(t.assessedOn()).isBeforeOrEqualTo(appDate);
      assertThat(t.taxCharged().amount()).isLessThan(t.assessedIncome().amount().max(java.math.BigDecimal.ONE));
    }
    for (MpfContribution m : alt.mpf()) {
      money(m.relevantIncome());
      assertThat(m.month()).isBefore(appMonth);
    }
    for (SocialInsuranceContribution s : alt.socialInsurance()) {
      assertThat(s.month()).isBefore(appMonth);
    }
  }

  private static void report(HkCreditReport r, LocalDate appDate) {
    assertThat(r.reportDate()).isBeforeOrEqualTo(appDate);
    YearMonth reportMonth = YearMonth.from(r.reportDate());
    for (Account acc : r.accounts()) {
      money(acc.balance());
      money(acc.pastDue());
      assertThat(acc.pastDue().amount()).isLessThanOrEqualTo(acc.balance().amount());
      assertThat(acc.openedOn()).isBefore(r.reportDate());
      acc.closedOn().ifPresent(c -> assertThat(c).isBeforeOrEqualTo(r.reportDate()));
      assertThat(acc.history().size()).isBetween(1, 60);
      for (MonthlyStatus m : acc.history().months()) {
        assertThat(m.month()).isBefore(reportMonth);
        assertThat(m.month()).isAfterOrEqualTo(YearMonth.from(acc.openedOn()));
        acc.closedOn().ifPresent(c -> assertThat(m.month()).isBeforeOrEqualTo(YearMonth.from(c)));
      }
    }
    r.enquiries().forEach(e -> assertThat(e.date()).isBeforeOrEqualTo(r.reportDate()));
    r.publicRecords().forEach(p -> assertThat(p.filedOn()).isBefore(r.reportDate()));
    r.defaults().forEach(d -> {
      money(d.amount());
      assertThat(d.defaultDate()).isBefore(r.reportDate());
      d.settledOn().ifPresent(s -> assertThat(s).isBeforeOrEqualTo(r.reportDate()));
    });
  }

  /** Non-negative with at most two decimals. */
  private static void money(Money m) {
    assertThat(m.amount().signum()).isNotNegative();
    assertThat(m.amount().scale()).isLessThanOrEqualTo(2);
  }
}
