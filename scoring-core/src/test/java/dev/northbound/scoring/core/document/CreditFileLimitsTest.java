package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented limit holds exactly (the maximum reads, one more is rejected) and is enforced while
 * the document streams, before memory is spent on the excess: each over-limit document below is cut
 * off right after the first element too many, so a reader that collected the array first would
 * report the truncation instead of the limit.
 */
class CreditFileLimitsTest {

  private static final String APPLICATION = Samples.VALID.substring(
      Samples.VALID.indexOf("\"application\":"), Samples.VALID.indexOf(",\"bureauReport\""));
  private static final String HEAD = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"doc-1\","
      + APPLICATION + ",";
  private static final String BUREAU = "\"bureauReport\":{\"subjectRef\":\"subj-1a2b3c\",\"bureau\":\"TransUnion HK\","
      + "\"reportDate\":\"2026-10-12\",";
  private static final String MONEY = "{\"amount\":100,\"currency\":\"HKD\"}";
  private static final String CUT = "{\"garbage"; // the start of an element, then the end of input

  /** An array of {@code n} copies of {@code element}, closed, or cut off after the start of one more. */
  private static String array(String element, int n, boolean cut) {
    return "[" + (element + ",").repeat(cut ? n : n - 1) + (cut ? CUT : element + "]");
  }

  private static String bureauDoc(String field, String element, int n, boolean cut) {
    return HEAD + BUREAU + "\"" + field + "\":" + array(element, n, cut) + (cut ? "" : "}}");
  }

  private static String alternativeDoc(String field, String element, int n, boolean cut) {
    return HEAD + "\"alternativeData\":{\"" + field + "\":" + array(element, n, cut) + (cut ? "" : "}}");
  }

  /** A card opened in 2015 with {@code n} consecutive months from 2016-01 (cut after one more if asked). */
  private static String historyDoc(int n, boolean cut) {
    StringBuilder months = new StringBuilder("[");
    YearMonth m = YearMonth.of(2016, 1);
    for (int i = 0; i < n; i++, m = m.plusMonths(1)) {
      months.append("{\"month\":\"").append(m).append("\",\"status\":\"C\"},");
    }
    String history = cut ? months + CUT : months.substring(0, months.length() - 1) + "]";
    String card = "{\"type\":\"CREDIT_CARD\",\"accountId\":\"CC-1\",\"creditLimit\":" + MONEY + ",\"balance\":" + MONEY
        + ",\"pastDue\":" + MONEY + ",\"openedOn\":\"2015-01-10\",\"history\":" + history;
    return HEAD + BUREAU + "\"accounts\":[" + card + (cut ? "" : "}]}}");
  }

  static Stream<Arguments> arrays() {
    String bill = "{\"kind\":\"MOBILE\",\"provider\":\"HKT\",\"period\":\"2026-09\",\"amount\":" + MONEY
        + ",\"dueDate\":\"2026-10-12\"}";
    String rent = "{\"period\":\"2026-09\",\"amount\":" + MONEY + ",\"dueDate\":\"2026-09-01\"}";
    String tax = "{\"jurisdiction\":\"HK\",\"yearOfAssessment\":2024,\"assessedIncome\":" + MONEY + ",\"taxCharged\":"
        + MONEY + ",\"assessedOn\":\"2025-06-01\",\"filedOnTime\":true,\"paidOnTime\":true}";
    String mpf = "{\"month\":\"2026-09\",\"relevantIncome\":" + MONEY + ",\"employeeMandatory\":" + MONEY
        + ",\"employerMandatory\":" + MONEY + ",\"employeeVoluntary\":" + MONEY + ",\"employerVoluntary\":" + MONEY + "}";
    String social = "{\"city\":\"Shenzhen\",\"month\":\"2026-09\",\"contributionBase\":" + MONEY
        + ",\"schemes\":[\"PENSION\"]}";
    return Stream.of(
        Arguments.of("accounts", 200, "/bureauReport/accounts", "accounts", Kind.BUREAU, Samples.CARD),
        Arguments.of("enquiries", 500, "/bureauReport/enquiries", "enquiries", Kind.BUREAU,
            "{\"date\":\"2026-09-01\",\"purpose\":\"OTHER\",\"hard\":true}"),
        Arguments.of("publicRecords", 100, "/bureauReport/publicRecords", "public records", Kind.BUREAU,
            "{\"type\":\"JUDGMENT\",\"filedOn\":\"2020-01-01\"}"),
        Arguments.of("defaults", 100, "/bureauReport/defaults", "defaults", Kind.BUREAU,
            "{\"amount\":" + MONEY + ",\"defaultDate\":\"2020-01-01\"}"),
        Arguments.of("bills", 2000, "/alternativeData/bills", "bills", Kind.ALTERNATIVE, bill),
        Arguments.of("rent", 2000, "/alternativeData/rent", "rent payments", Kind.ALTERNATIVE, rent),
        Arguments.of("taxRecords", 2000, "/alternativeData/taxRecords", "tax records", Kind.ALTERNATIVE, tax),
        Arguments.of("mpf", 2000, "/alternativeData/mpf", "MPF contributions", Kind.ALTERNATIVE, mpf),
        Arguments.of("socialInsurance", 2000, "/alternativeData/socialInsurance", "contributions",
            Kind.ALTERNATIVE, social));
  }

  /** Where an array lives. */
  enum Kind { BUREAU, ALTERNATIVE }

  private static String doc(Kind kind, String field, String element, int n, boolean cut) {
    return kind == Kind.BUREAU ? bureauDoc(field, element, n, cut) : alternativeDoc(field, element, n, cut);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arrays")
  void readUnverified_arrayAtLimit_reads(String field, int max, String pointer, String noun, Kind kind, String element) {
    CreditFile file = read(doc(kind, field, element, max, false));
    int size = kind == Kind.BUREAU ? bureauSize(file, field) : alternativeSize(file, field);
    assertThat(size).isEqualTo(max);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arrays")
  void readUnverified_oneElementTooMany_rejectedBeforeItIsRead(String field, int max, String pointer, String noun,
      Kind kind, String element) {
    assertRejected(doc(kind, field, element, max, true),
        pointer + ": must have at most " + max + " " + noun + "; found more than " + max);
  }

  @Test
  void readUnverified_historyMonths_limitIs60() {
    assertThat(read(historyDoc(60, false)).bureauReport().orElseThrow().accounts().get(0).history().months())
        .hasSize(60);
    assertRejected(historyDoc(60, true),
        "/bureauReport/accounts/0/history: must have at most 60 months; found more than 60");
  }

  @Test
  void readUnverified_stringOfAMillionCharacters_rejectedWhileRead() {
    // Unterminated: had the reader collected the whole string it would report the end of input.
    String doc = Samples.VALID.substring(0, Samples.VALID.indexOf("Shenzhen")) + "x".repeat(1_000_000);
    assertRejected(doc, "/application/cityOfResidence: must be at most 256 characters long; "
        + "found a string longer than 256 characters");
    String longest = Samples.VALID.replaceFirst("Shenzhen", "x".repeat(256));
    assertThat(read(longest).application().cityOfResidence()).hasSize(256);
  }

  /** Found by this test: from about 1,000 digits Jackson reported the number as a string over 256 characters. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {33, 300, 1_000, 1_000_000})
  void readUnverified_longNumber_numberLimitNamed(int digits) {
    String message = "/application/amount/amount: must be at most 32 characters long; "
        + "found a number longer than 32 characters";
    assertRejected(Samples.edit("20000.00", "9".repeat(digits) + ".5"), message);
    assertRejected(Samples.VALID.substring(0, Samples.VALID.indexOf("20000.00")) + "9".repeat(digits), message);
    assertRejected(Samples.edit("20000.00,\"currency\":\"CNY\"", "20000.00,\"currency\":\"" + "9".repeat(digits) + "\""),
        digits <= 256 ? "/application/amount/currency: must be an ISO 4217 currency code; found a string of another form"
        : "/application/amount/currency: must be at most 256 characters long; found a string longer than 256 characters");
  }

  @Test
  void peekDocumentId_nestingBeyond32InSkippedValue_rejected() {
    // Depth 1 is the document; 32 arrays more make 33. Never closed: the limit is met first.
    String doc = HEAD.substring(0, HEAD.indexOf("\"documentId\"")) + "\"application\":" + "[".repeat(1_000_000);
    assertThatThrownBy(() -> CreditFileReader.standard().peekDocumentId(Samples.utf8(doc)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application" + "/0".repeat(31) + ": must not nest deeper than 32 levels; found deeper nesting");
  }

  @Test
  void readUnverified_documentOneByteOverLimit_rejectedBeforeParsing() {
    byte[] bytes = new byte[4 * 1024 * 1024 + 1]; // zeros: not even JSON, but the size is checked first
    bytes[0] = '{';
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(bytes))
        .isInstanceOf(InvalidInputException.class).hasMessage("/: must be at most 4194304 bytes; found 4194305 bytes");
  }

  @Test
  void withLimits_smallerLimits_enforced() {
    DocumentLimits small = new DocumentLimits(10_000, 8, 128, 20, 1, 60, 1, 1, 1, 1);
    assertThatThrownBy(() -> CreditFileReader.withLimits(small).readUnverified(Samples.utf8(Samples.VALID)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts: must have at most 1 accounts; found more than 1");
  }

  @Test
  void formatDoc_limitsTable_equalsStandardLimits() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null, "skipped: system property northbound.repo.dir is not set");
    String doc = Files.readString(Path.of(repo, "docs", "credit-file-format.md"), StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("## Limits"), doc.indexOf("## Errors"));
    Map<String, Long> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| (`[^|]+) \\| ([^|]+) \\|").matcher(table);
    while (row.find()) {
      Matcher paren = Pattern.compile("\\(([0-9,]+)\\)").matcher(row.group(2));
      Matcher first = Pattern.compile("[0-9][0-9,]*").matcher(row.group(2));
      long value = Long.parseLong((paren.find() ? paren.group(1) : first.find() ? first.group() : "-1").replace(",", ""));
      Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(1));
      while (name.find()) {
        documented.put(name.group(1), value);
      }
    }
    Map<String, Long> actual = new LinkedHashMap<>();
    for (RecordComponent c : DocumentLimits.class.getRecordComponents()) {
      try {
        actual.put(c.getName(), ((Number) c.getAccessor().invoke(DocumentLimits.standard())).longValue());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(documented).isEqualTo(actual);
  }

  private static CreditFile read(String doc) {
    return CreditFileReader.standard().readUnverified(Samples.utf8(doc));
  }

  private static void assertRejected(String doc, String message) {
    assertThatThrownBy(() -> read(doc)).isInstanceOf(InvalidInputException.class).hasMessage(message);
  }

  private static int bureauSize(CreditFile file, String field) {
    var report = file.bureauReport().orElseThrow();
    switch (field) {
      case "accounts":
        return report.accounts().size();
      case "enquiries":
        return report.enquiries().size();
      case "publicRecords":
        return report.publicRecords().size();
      default:
        return report.defaults().size();
    }
  }

  private static int alternativeSize(CreditFile file, String field) {
    var alt = file.alternativeData();
    switch (field) {
      case "bills":
        return alt.bills().size();
      case "rent":
        return alt.rent().size();
      case "taxRecords":
        return alt.taxRecords().size();
      case "mpf":
        return alt.mpf().size();
      default:
        return alt.socialInsurance().size();
    }
  }
}
