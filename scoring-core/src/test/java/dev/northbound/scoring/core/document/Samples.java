package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/** A small valid document and exact-once text edits of it, for table-driven tests. */
final class Samples {

  static final String CARD = "{\"type\":\"CREDIT_CARD\",\"accountId\":\"CC-1\","
      + "\"creditLimit\":{\"amount\":50000.00,\"currency\":\"HKD\"},"
      + "\"balance\":{\"amount\":1200.50,\"currency\":\"HKD\"},\"pastDue\":{\"amount\":0,\"currency\":\"HKD\"},"
      + "\"openedOn\":\"2024-01-10\",\"history\":[{\"month\":\"2026-08\",\"status\":\"C\"},"
      + "{\"month\":\"2026-09\",\"status\":\"30\"}]}";

  static final String LOAN = "{\"type\":\"INSTALMENT_LOAN\",\"accountId\":\"PL-1\",\"kind\":\"PERSONAL\","
      + "\"originalAmount\":{\"amount\":100000,\"currency\":\"HKD\"},\"balance\":{\"amount\":40000,\"currency\":\"HKD\"},"
      + "\"monthlyInstalment\":{\"amount\":2000,\"currency\":\"HKD\"},\"termMonths\":60,"
      + "\"pastDue\":{\"amount\":0,\"currency\":\"HKD\"},\"openedOn\":\"2023-05-02\",\"history\":[]}";

  static final String VALID = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"doc-1\","
      + "\"application\":{\"applicationId\":\"A-1\",\"product\":\"CARD\","
      + "\"amount\":{\"amount\":20000.00,\"currency\":\"CNY\"},\"termMonths\":12,\"annualRatePercent\":18.25,"
      + "\"declaredMonthlyIncome\":{\"amount\":30000.00,\"currency\":\"HKD\"},"
      + "\"declaredMonthlyObligations\":{\"amount\":0,\"currency\":\"HKD\"},\"cityOfResidence\":\"Shenzhen\","
      + "\"ageBand\":\"AGE_25_34\",\"applicationDate\":\"2026-10-15\"},"
      + "\"bureauReport\":{\"subjectRef\":\"subj-1a2b3c\",\"bureau\":\"TransUnion HK\",\"reportDate\":\"2026-10-12\","
      + "\"accounts\":[" + CARD + "," + LOAN + "],"
      + "\"enquiries\":[{\"date\":\"2026-09-01\",\"purpose\":\"CREDIT_CARD\",\"hard\":true}]},"
      + "\"alternativeData\":{\"bills\":[{\"kind\":\"MOBILE\",\"provider\":\"HKT\",\"period\":\"2026-09\","
      + "\"amount\":{\"amount\":238.00,\"currency\":\"HKD\"},\"dueDate\":\"2026-10-12\",\"paidOn\":\"2026-10-03\"}],"
      + "\"mpf\":[{\"month\":\"2026-09\",\"relevantIncome\":{\"amount\":30000,\"currency\":\"HKD\"},"
      + "\"employeeMandatory\":{\"amount\":1500,\"currency\":\"HKD\"},"
      + "\"employerMandatory\":{\"amount\":1500,\"currency\":\"HKD\"},"
      + "\"employeeVoluntary\":{\"amount\":0,\"currency\":\"HKD\"},"
      + "\"employerVoluntary\":{\"amount\":0,\"currency\":\"HKD\"}}],"
      + "\"socialInsurance\":[{\"city\":\"Shenzhen\",\"month\":\"2026-09\","
      + "\"contributionBase\":{\"amount\":11500,\"currency\":\"CNY\"},\"schemes\":[\"PENSION\",\"MEDICAL\"]}]}}";

  private Samples() {}

  /** The valid document with {@code target}, which must occur exactly once, replaced. */
  static String edit(String target, String replacement) {
    return edit(VALID, target, replacement);
  }

  static String edit(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("target occurs").isGreaterThanOrEqualTo(0);
    assertThat(text.indexOf(target, at + 1)).as("target occurs once").isEqualTo(-1);
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
