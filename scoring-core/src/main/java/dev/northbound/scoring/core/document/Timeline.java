package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.UtilityBill;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Checks that nothing in a document happened after it could have been known: bureau events after
 * the report date, alternative data after the application date. Runs once the whole document is
 * read, because JSON does not fix the order of fields.
 */
final class Timeline {

  private static final String AFTER_REPORT = "must not be after the report date";
  private static final String AFTER_APPLICATION = "must not be after the application date";

  private Timeline() {}

  static void check(LocalDate applicationDate, Optional<HkCreditReport> report, AlternativeData alternative) {
    report.ifPresent(r -> bureau(r, applicationDate));
    alternative(alternative, applicationDate);
  }

  private static void bureau(HkCreditReport r, LocalDate applicationDate) {
    String p = "/bureauReport";
    LocalDate reportDate = r.reportDate();
    date(r.reportDate(), applicationDate, p + "/reportDate", AFTER_APPLICATION);
    List<Account> accounts = r.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      String ap = p + "/accounts/" + i;
      date(a.openedOn(), reportDate, ap + "/openedOn", AFTER_REPORT);
      date(a.closedOn(), reportDate, ap + "/closedOn", AFTER_REPORT);
      List<MonthlyStatus> months = a.history().months();
      YearMonth opened = YearMonth.from(a.openedOn());
      for (int j = 0; j < months.size(); j++) {
        YearMonth m = months.get(j).month();
        String mp = ap + "/history/" + j + "/month";
        month(m, YearMonth.from(reportDate), mp, AFTER_REPORT);
        if (m.isBefore(opened)) {
          throw new InvalidInputException(mp, "must not be before the month the account was opened",
              "an earlier month");
        }
      }
    }
    for (int i = 0; i < r.enquiries().size(); i++) {
      date(r.enquiries().get(i).date(), reportDate, p + "/enquiries/" + i + "/date", AFTER_REPORT);
    }
    for (int i = 0; i < r.publicRecords().size(); i++) {
      PublicRecord pr = r.publicRecords().get(i);
      date(pr.filedOn(), reportDate, p + "/publicRecords/" + i + "/filedOn", AFTER_REPORT);
      date(pr.dischargedOn(), reportDate, p + "/publicRecords/" + i + "/dischargedOn", AFTER_REPORT);
    }
    for (int i = 0; i < r.defaults().size(); i++) {
      DefaultRecord d = r.defaults().get(i);
      date(d.defaultDate(), reportDate, p + "/defaults/" + i + "/defaultDate", AFTER_REPORT);
      date(d.settledOn(), reportDate, p + "/defaults/" + i + "/settledOn", AFTER_REPORT);
    }
  }

  private static void alternative(AlternativeData a, LocalDate applicationDate) {
    String p = "/alternativeData";
    YearMonth appMonth = YearMonth.from(applicationDate);
    for (int i = 0; i < a.bills().size(); i++) {
      UtilityBill b = a.bills().get(i);
      month(b.period(), appMonth, p + "/bills/" + i + "/period", AFTER_APPLICATION);
      date(b.paidOn(), applicationDate, p + "/bills/" + i + "/paidOn", AFTER_APPLICATION);
    }
    for (int i = 0; i < a.rent().size(); i++) {
      RentPayment r = a.rent().get(i);
      month(r.period(), appMonth, p + "/rent/" + i + "/period", AFTER_APPLICATION);
      date(r.paidOn(), applicationDate, p + "/rent/" + i + "/paidOn", AFTER_APPLICATION);
    }
    for (int i = 0; i < a.taxRecords().size(); i++) {
      date(a.taxRecords().get(i).assessedOn(), applicationDate, p + "/taxRecords/" + i + "/assessedOn",
          AFTER_APPLICATION);
    }
    for (int i = 0; i < a.mpf().size(); i++) {
      month(a.mpf().get(i).month(), appMonth, p + "/mpf/" + i + "/month", AFTER_APPLICATION);
    }
    for (int i = 0; i < a.socialInsurance().size(); i++) {
      month(a.socialInsurance().get(i).month(), appMonth, p + "/socialInsurance/" + i + "/month",
          AFTER_APPLICATION);
    }
  }

  private static void date(Optional<LocalDate> date, LocalDate limit, String pointer, String rule) {
    date.ifPresent(d -> date(d, limit, pointer, rule));
  }

  private static void date(LocalDate date, LocalDate limit, String pointer, String rule) {
    if (date.isAfter(limit)) {
      throw new InvalidInputException(pointer, rule, "a later date");
    }
  }

  private static void month(YearMonth month, YearMonth limit, String pointer, String rule) {
    if (month.isAfter(limit)) {
      throw new InvalidInputException(pointer, rule, "a later month");
    }
  }
}
