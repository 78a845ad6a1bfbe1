package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PublicRecord;
import java.time.LocalDate;
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

  /**
   * Checks the dates; {@code v2} gives the pointers of format version 2 (a history month as an offset
   * into the history string, an alternative-data value as an index into its column).
   */
  static void check(LocalDate applicationDate, Optional<HkCreditReport> report, AlternativeData alternative,
      boolean v2) {
    if (report.isPresent()) {
      bureau(report.get(), applicationDate, v2);
    }
    alternative(alternative, applicationDate, v2);
  }

  // Pointers are built only for the failure, never while a valid file is checked.

  private static void bureau(HkCreditReport r, LocalDate applicationDate, boolean v2) {
    String p = "/bureauReport";
    LocalDate reportDate = r.reportDate();
    if (reportDate.isAfter(applicationDate)) {
      throw later(p + "/reportDate", AFTER_APPLICATION);
    }
    int reportMonth = monthIndex(reportDate);
    List<Account> accounts = r.accounts();
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      if (a.openedOn().isAfter(reportDate)) {
        throw later(p + "/accounts/" + i + "/openedOn", AFTER_REPORT);
      }
      if (isAfter(a.closedOn(), reportDate)) {
        throw later(p + "/accounts/" + i + "/closedOn", AFTER_REPORT);
      }
      // Months compared as PaymentHistory#monthIndex numbers them, read from its flat array.
      PaymentHistory history = a.history();
      int opened = monthIndex(a.openedOn());
      for (int j = 0; j < history.size(); j++) {
        int m = history.monthIndex(j);
        if (m > reportMonth) {
          String at = p + "/accounts/" + i + "/history/";
          throw laterMonth(v2 ? at + (m - history.monthIndex(0)) : at + j + "/month", AFTER_REPORT);
        }
        if (m < opened) {
          String at = p + "/accounts/" + i;
          // In version 2 the first month is historyFrom; a later month cannot be earlier than it.
          throw new InvalidInputException(v2 ? at + "/historyFrom" : at + "/history/" + j + "/month",
              "must not be before the month the account was opened", "an earlier month");
        }
      }
    }
    for (int i = 0; i < r.enquiries().size(); i++) {
      if (r.enquiries().get(i).date().isAfter(reportDate)) {
        throw later(p + "/enquiries/" + i + "/date", AFTER_REPORT);
      }
    }
    for (int i = 0; i < r.publicRecords().size(); i++) {
      PublicRecord pr = r.publicRecords().get(i);
      if (pr.filedOn().isAfter(reportDate)) {
        throw later(p + "/publicRecords/" + i + "/filedOn", AFTER_REPORT);
      }
      if (isAfter(pr.dischargedOn(), reportDate)) {
        throw later(p + "/publicRecords/" + i + "/dischargedOn", AFTER_REPORT);
      }
    }
    for (int i = 0; i < r.defaults().size(); i++) {
      DefaultRecord d = r.defaults().get(i);
      if (d.defaultDate().isAfter(reportDate)) {
        throw later(p + "/defaults/" + i + "/defaultDate", AFTER_REPORT);
      }
      if (isAfter(d.settledOn(), reportDate)) {
        throw later(p + "/defaults/" + i + "/settledOn", AFTER_REPORT);
      }
    }
  }

  private static void alternative(AlternativeData a, LocalDate applicationDate, boolean v2) {
    // Read from the flat arrays the data keeps beside its records: a list read from format version 2
    // makes its records only when they are asked for.
    String p = "/alternativeData";
    int appMonth = monthIndex(applicationDate);
    long appDay = applicationDate.toEpochDay();
    for (int i = 0; i < a.bills().size(); i++) {
      if (a.billPeriod(i) > appMonth) {
        throw laterMonth(at(p + "/bills", i, "period", v2), AFTER_APPLICATION);
      }
      if (paidAfter(a.billPaidDay(i), appDay)) {
        throw later(at(p + "/bills", i, "paidOn", v2), AFTER_APPLICATION);
      }
    }
    for (int i = 0; i < a.rent().size(); i++) {
      if (a.rentPeriod(i) > appMonth) {
        throw laterMonth(at(p + "/rent", i, "period", v2), AFTER_APPLICATION);
      }
      if (paidAfter(a.rentPaidDay(i), appDay)) {
        throw later(at(p + "/rent", i, "paidOn", v2), AFTER_APPLICATION);
      }
    }
    for (int i = 0; i < a.taxRecords().size(); i++) {
      if (a.taxRecords().get(i).assessedOn().isAfter(applicationDate)) {
        throw later(p + "/taxRecords/" + i + "/assessedOn", AFTER_APPLICATION);
      }
    }
    for (int i = 0; i < a.mpf().size(); i++) {
      if (a.mpfMonth(i) > appMonth) {
        throw laterMonth(at(p + "/mpf", i, "month", v2), AFTER_APPLICATION);
      }
    }
    for (int i = 0; i < a.socialInsurance().size(); i++) {
      if (a.socialInsuranceMonth(i) > appMonth) {
        throw laterMonth(at(p + "/socialInsurance", i, "month", v2), AFTER_APPLICATION);
      }
    }
  }

  /** Whether a payment day ({@link AlternativeData#UNPAID} if none) is after {@code limitDay}. */
  private static boolean paidAfter(long paidDay, long limitDay) {
    return paidDay != AlternativeData.UNPAID && paidDay > limitDay;
  }

  /** The pointer of {@code field} of entry {@code i}: {@code /i/field}, or in version 2 {@code /field/i}. */
  private static String at(String array, int i, String field, boolean v2) {
    return v2 ? array + "/" + field + "/" + i : array + "/" + i + "/" + field;
  }

  /** The month of {@code date} numbered as {@link PaymentHistory#monthIndex(int)} numbers months. */
  private static int monthIndex(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private static boolean isAfter(Optional<LocalDate> date, LocalDate limit) {
    return date.isPresent() && date.get().isAfter(limit);
  }

  private static InvalidInputException later(String pointer, String rule) {
    return new InvalidInputException(pointer, rule, "a later date");
  }

  private static InvalidInputException laterMonth(String pointer, String rule) {
    return new InvalidInputException(pointer, rule, "a later month");
  }
}
