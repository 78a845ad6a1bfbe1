package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A good applicant's credit file with two instalment loans whose monthly instalments a test chooses:
 * verified HKD 52,000 a month from nine months of MPF, clean histories, no enquiries; a personal loan
 * of CNY 100,000 over 36 months at 6.50%. With ordinary instalments the example policy approves it.
 */
final class OverflowFiles {

  private OverflowFiles() {}

  /** The file as a document, the instalments written as given (plain decimals). */
  static byte[] document(String instalment0, String instalment1) {
    String doc = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"doc-overflow\","
        + "\"application\":{\"applicationId\":\"A-1\",\"product\":\"PERSONAL_LOAN\","
        + "\"amount\":{\"amount\":100000.00,\"currency\":\"CNY\"},\"termMonths\":36,\"annualRatePercent\":6.50,"
        + "\"declaredMonthlyIncome\":{\"amount\":52000.00,\"currency\":\"HKD\"},"
        + "\"declaredMonthlyObligations\":{\"amount\":0,\"currency\":\"HKD\"},\"cityOfResidence\":\"Shenzhen\","
        + "\"ageBand\":\"AGE_25_34\",\"applicationDate\":\"2026-10-15\"},"
        + "\"bureauReport\":{\"subjectRef\":\"subj-1a2b3c\",\"bureau\":\"TransUnion HK\",\"reportDate\":\"2026-10-12\","
        + "\"accounts\":[" + loan("PL-1", instalment0) + "," + loan("PL-2", instalment1) + "],"
        + "\"enquiries\":[]},"
        + "\"alternativeData\":{\"bills\":[{\"kind\":\"MOBILE\",\"provider\":\"HKT\",\"period\":\"2026-09\","
        + "\"amount\":{\"amount\":238.00,\"currency\":\"HKD\"},\"dueDate\":\"2026-10-12\",\"paidOn\":\"2026-10-03\"}],"
        + "\"mpf\":[" + mpf() + "]}}";
    return doc.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The same file built in code with the given instalments (the reader's amount ceiling does not
   * apply to records a caller builds itself).
   */
  static CreditFile inCode(String instalment0, String instalment1) {
    CreditFile base = CreditFileReader.standard().readUnverified(document("2000.00", "2000.00"));
    HkCreditReport report = base.bureauReport().orElseThrow();
    List<Account> accounts = new ArrayList<>();
    String[] instalments = {instalment0, instalment1};
    for (int i = 0; i < 2; i++) {
      InstalmentLoanAccount a = (InstalmentLoanAccount) report.accounts().get(i);
      accounts.add(new InstalmentLoanAccount(a.accountId(), a.kind(), a.originalAmount(), a.balance(),
          Money.of(new BigDecimal(instalments[i]), Money.HKD), a.termMonths(), a.pastDue(), a.openedOn(),
          a.closedOn(), a.history()));
    }
    HkCreditReport edited = new HkCreditReport(report.subjectRef(), report.bureau(), report.reportDate(), accounts,
        report.enquiries(), report.publicRecords(), report.defaults());
    return new CreditFile(base.application(), Optional.of(edited), base.alternativeData(), base.documents());
  }

  private static String loan(String id, String instalment) {
    StringBuilder history = new StringBuilder();
    for (int m = 1; m <= 9; m++) {
      history.append(m == 1 ? "" : ",").append("{\"month\":\"2026-0").append(m).append("\",\"status\":\"C\"}");
    }
    return "{\"type\":\"INSTALMENT_LOAN\",\"accountId\":\"" + id + "\",\"kind\":\"PERSONAL\","
        + "\"originalAmount\":{\"amount\":100000,\"currency\":\"HKD\"},\"balance\":{\"amount\":40000,\"currency\":\"HKD\"},"
        + "\"monthlyInstalment\":{\"amount\":" + instalment + ",\"currency\":\"HKD\"},\"termMonths\":60,"
        + "\"pastDue\":{\"amount\":0,\"currency\":\"HKD\"},\"openedOn\":\"2023-05-02\",\"history\":[" + history + "]}";
  }

  private static String mpf() {
    StringBuilder s = new StringBuilder();
    for (int m = 1; m <= 9; m++) {
      s.append(m == 1 ? "" : ",").append("{\"month\":\"2026-0").append(m).append("\",")
          .append("\"relevantIncome\":{\"amount\":52000,\"currency\":\"HKD\"},")
          .append("\"employeeMandatory\":{\"amount\":1500,\"currency\":\"HKD\"},")
          .append("\"employerMandatory\":{\"amount\":1500,\"currency\":\"HKD\"},")
          .append("\"employeeVoluntary\":{\"amount\":0,\"currency\":\"HKD\"},")
          .append("\"employerVoluntary\":{\"amount\":0,\"currency\":\"HKD\"}}");
    }
    return s.toString();
  }
}
