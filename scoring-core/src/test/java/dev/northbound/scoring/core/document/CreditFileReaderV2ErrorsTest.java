package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.PaymentStatus;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule format version 2 adds or moves, each with its exact message. */
class CreditFileReaderV2ErrorsTest {

  private static final String CARD = "{\"type\":\"CREDIT_CARD\",\"accountId\":\"CC-1\","
      + "\"creditLimit\":{\"amount\":50000.00,\"currency\":\"HKD\"},"
      + "\"balance\":{\"amount\":1200.50,\"currency\":\"HKD\"},\"pastDue\":{\"amount\":0,\"currency\":\"HKD\"},"
      + "\"openedOn\":\"2024-01-10\",\"historyFrom\":\"2026-08\",\"history\":\"C1\"}";

  private static final String LOAN = "{\"type\":\"INSTALMENT_LOAN\",\"accountId\":\"PL-1\",\"kind\":\"PERSONAL\","
      + "\"originalAmount\":{\"amount\":100000,\"currency\":\"HKD\"},\"balance\":{\"amount\":40000,\"currency\":\"HKD\"},"
      + "\"monthlyInstalment\":{\"amount\":2000,\"currency\":\"HKD\"},\"termMonths\":60,"
      + "\"pastDue\":{\"amount\":0,\"currency\":\"HKD\"},\"openedOn\":\"2023-05-02\",\"history\":\"\"}";

  static final String CONSENT = "{\"consentId\":\"cns-1\",\"subjectRef\":\"subj-1a2b3c\",\"bank\":\"BANK-QH-001\","
      + "\"purpose\":\"CREDIT_APPLICATION\",\"products\":[\"CARD\"],"
      + "\"sources\":[\"HK_BUREAU\",\"MPF\",\"SOCIAL_INSURANCE\",\"UTILITIES\"],"
      + "\"grantedOn\":\"2026-09-24\",\"expiresOn\":\"2027-09-24\",\"crossBorder\":true}";

  /** {@link Samples#VALID} in version 2, canonical compact form, with a consent. */
  static final String VALID = "{\"format\":\"northbound.credit-file\",\"version\":2,\"documentId\":\"doc-1\","
      + "\"application\":{\"applicationId\":\"A-1\",\"product\":\"CARD\","
      + "\"amount\":{\"amount\":20000.00,\"currency\":\"CNY\"},\"termMonths\":12,\"annualRatePercent\":18.25,"
      + "\"declaredMonthlyIncome\":{\"amount\":30000.00,\"currency\":\"HKD\"},"
      + "\"declaredMonthlyObligations\":{\"amount\":0,\"currency\":\"HKD\"},\"cityOfResidence\":\"Shenzhen\","
      + "\"ageBand\":\"AGE_25_34\",\"applicationDate\":\"2026-10-15\"},"
      + "\"consents\":[" + CONSENT + "],"
      + "\"bureauReport\":{\"subjectRef\":\"subj-1a2b3c\",\"bureau\":\"TransUnion HK\",\"reportDate\":\"2026-10-12\","
      + "\"accounts\":[" + CARD + "," + LOAN + "],"
      + "\"enquiries\":[{\"date\":\"2026-09-01\",\"purpose\":\"CREDIT_CARD\",\"hard\":true}],"
      + "\"publicRecords\":[],\"defaults\":[]},"
      + "\"alternativeData\":{\"bills\":{\"kind\":[\"MOBILE\"],\"provider\":[\"HKT\"],\"period\":[\"2026-09\"],"
      + "\"amount\":[238.00],\"currency\":[\"HKD\"],\"dueDate\":[\"2026-10-12\"],\"paidOn\":[\"2026-10-03\"]},"
      + "\"rent\":{\"period\":[],\"amount\":[],\"currency\":[],\"dueDate\":[],\"paidOn\":[]},\"taxRecords\":[],"
      + "\"mpf\":{\"month\":[\"2026-09\"],\"relevantIncome\":[30000],\"employeeMandatory\":[1500],"
      + "\"employerMandatory\":[1500],\"employeeVoluntary\":[0],\"employerVoluntary\":[0]},"
      + "\"socialInsurance\":{\"city\":[\"Shenzhen\"],\"month\":[\"2026-09\"],\"contributionBase\":[11500],"
      + "\"currency\":[\"CNY\"],\"schemes\":[[\"PENSION\",\"MEDICAL\"]]}}}";

  private static final String CARD_PATH = "/bureauReport/accounts/0";
  private static final String CONSENT_PATH = "/consents/0";

  static String edit(String target, String replacement) {
    return Samples.edit(VALID, target, replacement);
  }

  static Stream<Arguments> badDocuments() {
    String card = "\"historyFrom\":\"2026-08\",\"history\":\"C1\"";
    return Stream.of(
        // Payment history strings
        bad("unknown code", edit("\"C1\"", "\"CX\""),
            CARD_PATH + "/history/1: must be one of C, 1, 2, 3, 4, 5, 6, L, S, N, U or -; found an unknown code"),
        bad("version 1 code", edit("\"C1\"", "\"C30\""),
            CARD_PATH + "/history/2: must be one of C, 1, 2, 3, 4, 5, 6, L, S, N, U or -; found an unknown code"),
        bad("lower-case code", edit("\"C1\"", "\"c1\""),
            CARD_PATH + "/history/0: must be one of C, 1, 2, 3, 4, 5, 6, L, S, N, U or -; found an unknown code"),
        bad("non-ASCII code", edit("\"C1\"", "\"C\u00e91\""),
            CARD_PATH + "/history/1: must be one of C, 1, 2, 3, 4, 5, 6, L, S, N, U or -; found an unknown code"),
        bad("begins with a gap", edit("\"C1\"", "\"-C1\""),
            CARD_PATH + "/history/0: must not begin or end with -; found a month not reported"),
        bad("ends with a gap", edit("\"C1\"", "\"C1-\""),
            CARD_PATH + "/history/2: must not begin or end with -; found a month not reported"),
        bad("only a gap", edit("\"C1\"", "\"-\""),
            CARD_PATH + "/history/0: must not begin or end with -; found a month not reported"),
        bad("257 months long", edit(card, "\"historyFrom\":\"2005-01\",\"history\":\"C" + "-".repeat(255) + "C\""),
            CARD_PATH + "/history: must be at most 256 characters long; found a string longer than 256 characters"),
        bad("61 months reported", edit(card, "\"historyFrom\":\"2021-09\",\"history\":\"" + "C".repeat(61) + "\""),
            CARD_PATH + "/history/60: must have at most 60 months reported; found more than 60"),
        bad("history as an array", edit("\"C1\"", "[]"), CARD_PATH + "/history: must be a string; found an array"),
        bad("no historyFrom", edit(card, "\"history\":\"C1\""), CARD_PATH + "/historyFrom: must be present; found nothing"),
        bad("historyFrom with empty history", edit("\"history\":\"\"", "\"historyFrom\":\"2026-01\",\"history\":\"\""),
            "/bureauReport/accounts/1/historyFrom: must not appear with an empty history; found the field"),
        bad("historyFrom not a month", edit("\"2026-08\",\"history\"", "\"2026-13\",\"history\""),
            CARD_PATH + "/historyFrom: must be a month in yyyy-MM form; found a month that does not exist"),
        bad("history before opening", edit("\"2026-08\",\"history\"", "\"2023-12\",\"history\""),
            CARD_PATH + "/historyFrom: must not be before the month the account was opened; found an earlier month"),
        bad("history after report", edit("\"C1\"", "\"C1-S\""),
            CARD_PATH + "/history/3: must not be after the report date; found a later month"),
        bad("no history", edit("," + card, ""), CARD_PATH + "/history: must be present; found nothing"),
        // Columns
        bad("column shorter", edit("\"currency\":[\"HKD\"]", "\"currency\":[]"),
            "/alternativeData/bills/currency: must have as many entries as kind; found 0 entries against 1"),
        bad("column longer", edit("\"employerVoluntary\":[0]", "\"employerVoluntary\":[0,0]"),
            "/alternativeData/mpf/employerVoluntary: must have as many entries as month; found 2 entries against 1"),
        bad("missing column", edit(",\"paidOn\":[\"2026-10-03\"]", ""),
            "/alternativeData/bills/paidOn: must be present; found nothing"),
        bad("unknown column", edit("\"kind\":[\"MOBILE\"],", "\"kind\":[\"MOBILE\"],\"hkid\":[\"A123456(7)\"],"),
            "/alternativeData/bills: must not have fields the format does not define; found an unknown field"),
        bad("column not an array", edit("\"provider\":[\"HKT\"]", "\"provider\":\"HKT\""),
            "/alternativeData/bills/provider: must be an array; found a string"),
        bad("group as an array", edit("\"rent\":{\"period\":[],\"amount\":[],\"currency\":[],\"dueDate\":[],\"paidOn\":[]}",
                "\"rent\":[]"), "/alternativeData/rent: must be an object; found an array"),
        bad("null provider", edit("\"provider\":[\"HKT\"]", "\"provider\":[null]"),
            "/alternativeData/bills/provider/0: must be a string; found null"),
        bad("negative MPF amount", edit("\"employeeMandatory\":[1500]", "\"employeeMandatory\":[-1500]"),
            "/alternativeData/mpf/employeeMandatory/0: must not be negative; found a negative number"),
        bad("MPF amount with 3 decimals", edit("\"relevantIncome\":[30000]", "\"relevantIncome\":[30000.001]"),
            "/alternativeData/mpf/relevantIncome/0: must have at most 2 decimal places; found 3 decimal places"),
        bad("MPF amount as money", edit("\"relevantIncome\":[30000]", "\"relevantIncome\":[{\"amount\":30000,\"currency\":\"HKD\"}]"),
            "/alternativeData/mpf/relevantIncome/0: must be a number; found an object"),
        bad("unknown currency", edit("\"currency\":[\"CNY\"]", "\"currency\":[\"XYZ\"]"),
            "/alternativeData/socialInsurance/currency/0: must be an ISO 4217 currency code; found an unknown code"),
        bad("zero contribution base", edit("\"contributionBase\":[11500]", "\"contributionBase\":[0]"),
            "/alternativeData/socialInsurance/contributionBase/0: must be positive; found zero"),
        bad("no schemes", edit("[[\"PENSION\",\"MEDICAL\"]]", "[[]]"),
            "/alternativeData/socialInsurance/schemes/0: must not be empty; found an empty array"),
        bad("repeated scheme", edit("[[\"PENSION\",\"MEDICAL\"]]", "[[\"PENSION\",\"PENSION\"]]"),
            "/alternativeData/socialInsurance/schemes/0/1: must not repeat a scheme; found a repeated scheme"),
        bad("unknown bill kind", edit("[\"MOBILE\"]", "[\"PHONE\"]"),
            "/alternativeData/bills/kind/0: must be one of ELECTRICITY, WATER, GAS, MOBILE, BROADBAND; found an unknown name"),
        bad("bill paid after application", edit("\"2026-10-03\"", "\"2026-10-16\""),
            "/alternativeData/bills/paidOn/0: must not be after the application date; found a later date"),
        bad("MPF month after application", edit("\"month\":[\"2026-09\"],\"relevantIncome\"",
                "\"month\":[\"2026-11\"],\"relevantIncome\""),
            "/alternativeData/mpf/month/0: must not be after the application date; found a later month"),
        bad("social month after application", edit("\"month\":[\"2026-09\"],\"contributionBase\"",
                "\"month\":[\"2026-11\"],\"contributionBase\""),
            "/alternativeData/socialInsurance/month/0: must not be after the application date; found a later month"),
        bad("bills as version 1 objects", edit("\"bills\":{\"kind\"", "\"bills\":[{\"kind\"")
                .replace("\"paidOn\":[\"2026-10-03\"]},", "\"paidOn\":[\"2026-10-03\"]}],"),
            "/alternativeData/bills: must be an object; found an array"),
        // Consents
        bad("consent id pattern", edit("\"cns-1\"", "\"cns 1\""),
            CONSENT_PATH + "/consentId: must match [A-Za-z0-9._:-]{1,128}; found a string with other characters"),
        bad("repeated consent id", edit(CONSENT, CONSENT + "," + CONSENT),
            "/consents/1/consentId: must differ from every other consent's id; found a repeated id"),
        bad("blank bank", edit("\"BANK-QH-001\"", "\" \""), CONSENT_PATH + "/bank: must not be blank; found a blank string"),
        bad("unknown purpose", edit("\"CREDIT_APPLICATION\"", "\"RESALE\""),
            CONSENT_PATH + "/purpose: must be one of CREDIT_APPLICATION, ACCOUNT_REVIEW, MARKETING; found an unknown name"),
        bad("no products", edit("[\"CARD\"]", "[]"), CONSENT_PATH + "/products: must not be empty; found an empty array"),
        bad("repeated product", edit("[\"CARD\"]", "[\"CARD\",\"CARD\"]"),
            CONSENT_PATH + "/products/1: must not repeat a product; found a repeated product"),
        bad("repeated source", edit("[\"HK_BUREAU\",\"MPF\"", "[\"HK_BUREAU\",\"HK_BUREAU\""),
            CONSENT_PATH + "/sources/1: must not repeat a source; found a repeated source"),
        bad("unknown source", edit("\"MPF\",\"SOCIAL", "\"PAYROLL\",\"SOCIAL"), CONSENT_PATH
            + "/sources/1: must be one of HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, UTILITIES, RENT; found an unknown name"),
        bad("expires before granted", edit("\"2027-09-24\"", "\"2026-09-23\""),
            CONSENT_PATH + "/expiresOn: must not be before grantedOn; found an earlier date"),
        bad("withdrawn before granted", edit("\"crossBorder\":true}", "\"withdrawnOn\":\"2026-09-01\",\"crossBorder\":true}"),
            CONSENT_PATH + "/withdrawnOn: must not be before grantedOn; found an earlier date"),
        bad("no crossBorder", edit(",\"crossBorder\":true}", "}"), CONSENT_PATH + "/crossBorder: must be present; found nothing"),
        bad("crossBorder as a string", edit("\"crossBorder\":true}", "\"crossBorder\":\"yes\"}"),
            CONSENT_PATH + "/crossBorder: must be true or false; found a string"),
        bad("unknown consent field", edit("\"bank\":", "\"hkid\":\"A123456(7)\",\"bank\":"),
            CONSENT_PATH + ": must not have fields the format does not define; found an unknown field"),
        bad("51 consents", edit("\"consents\":[" + CONSENT + "]", "\"consents\":[" + consents(51) + "]"),
            "/consents: must have at most 50 consents; found more than 50"),
        bad("consents as an object", edit("\"consents\":[" + CONSENT + "]", "\"consents\":" + CONSENT),
            "/consents: must be an array; found an object"),
        // The header
        bad("version 3", edit("\"version\":2", "\"version\":3"), "/version: must be 1 or 2; found an unsupported version"),
        bad("version as a string", edit("\"version\":2", "\"version\":\"2\""), "/version: must be 1 or 2; found a string"));
  }

  /** What version 2 adds is unknown to version 1. */
  static Stream<Arguments> badVersion1() {
    String v1 = Samples.VALID;
    return Stream.of(
        bad("consents in version 1", Samples.edit(v1, "\"bureauReport\":", "\"consents\":[" + CONSENT + "],\"bureauReport\":"),
            "/: must not have fields the format does not define; found an unknown field"),
        bad("historyFrom in version 1", Samples.edit(v1, "\"openedOn\":\"2024-01-10\",",
                "\"openedOn\":\"2024-01-10\",\"historyFrom\":\"2026-08\","),
            CARD_PATH + ": must not have fields the format does not define; found an unknown field"),
        bad("history string in version 1", Samples.edit(v1, "\"history\":[]", "\"history\":\"\""),
            "/bureauReport/accounts/1/history: must be an array; found a string"),
        bad("version 2 document marked 1", VALID.replace("\"version\":2", "\"version\":1"),
            "/: must not have fields the format does not define; found an unknown field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"badDocuments", "badVersion1"})
  void readUnverified_badDocument_exactMessage(String name, byte[] document, String message) {
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(document))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @Test
  void read_validSample_canonicalAndSameFileAsVersion1() {
    CreditFile file = CreditFileReader.standard().readWithoutProvenance(utf8(VALID));
    CreditFile v1 = CreditFileReader.standard().readWithoutProvenance(utf8(Samples.VALID));
    assertThat(file.withConsents(java.util.List.of())).isEqualTo(v1);
    assertThat(file.consents()).singleElement().satisfies(c -> {
      assertThat(c.consentId()).isEqualTo("cns-1");
      assertThat(c.sources()).containsExactly(DataSource.HK_BUREAU, DataSource.MPF, DataSource.SOCIAL_INSURANCE,
          DataSource.UTILITIES);
      assertThat(c.withdrawnOn()).isEmpty();
      assertThat(c.crossBorder()).isTrue();
    });
    assertThat(new String(CreditFileWriter.compact().write(file, "doc-1"), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(VALID);
    assertThat(file.bureauReport().orElseThrow().accounts().get(0).history().status(1)).isEqualTo(PaymentStatus.DPD_30);
  }

  @Test
  void read_unpaidBillAsNull_readsAsUnpaid() {
    CreditFile file = CreditFileReader.standard().readWithoutProvenance(utf8(edit("[\"2026-10-03\"]", "[null]")));
    assertThat(file.alternativeData().bills().get(0).paidOn()).isEqualTo(Optional.empty());
  }

  @Test
  void read_absentGroupsAndConsents_empty() {
    String bare = edit("\"consents\":[" + CONSENT + "],", "");
    bare = bare.substring(0, bare.indexOf(",\"alternativeData\"")) + ",\"alternativeData\":{}}";
    CreditFile file = CreditFileReader.standard().readWithoutProvenance(utf8(bare));
    assertThat(file.consents()).isEmpty();
    assertThat(file.sourcesPresent()).containsExactly(DataSource.HK_BUREAU);
  }

  @Test
  void read_columnLongerThanTheLimit_rejectedAtTheColumn() {
    DocumentLimits one = new DocumentLimits(4L << 20, 32, 256, 32, 200, 60, 500, 100, 100, 1);
    String two = edit("\"kind\":[\"MOBILE\"]", "\"kind\":[\"MOBILE\",\"WATER\"]");
    assertThatThrownBy(() -> CreditFileReader.withLimits(one).readUnverified(utf8(two)))
        .hasMessage("/alternativeData/bills/kind: must have at most 1 bills; found more than 1");
  }

  @Test
  void read_historyOver256Months_rejectedWhateverTheStringLimit() {
    DocumentLimits longStrings = new DocumentLimits(4L << 20, 32, 1000, 32, 200, 60, 500, 100, 100, 2000);
    String wide = edit("\"historyFrom\":\"2026-08\",\"history\":\"C1\"",
        "\"historyFrom\":\"2005-01\",\"history\":\"C" + "-".repeat(255) + "C\"");
    assertThatThrownBy(() -> CreditFileReader.withLimits(longStrings).readUnverified(utf8(wide)))
        .hasMessage(CARD_PATH + "/history: must be at most 256 months long; found a string of 257 characters");
    String widest = edit("\"historyFrom\":\"2026-08\",\"history\":\"C1\"",
        "\"historyFrom\":\"2005-06\",\"history\":\"C" + "-".repeat(254) + "C\"");
    // 256 months pass the string's rules; this card, opened in 2024, then fails the timeline.
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(utf8(widest))).hasMessage(CARD_PATH
        + "/historyFrom: must not be before the month the account was opened; found an earlier month");
  }

  @Test
  void read_historyLimit_countsReportedMonthsOnly() {
    DocumentLimits three = new DocumentLimits(4L << 20, 32, 256, 32, 200, 3, 500, 100, 100, 2000);
    CreditFileReader reader = CreditFileReader.withLimits(three);
    // Three months reported over a span of six: within the limit.
    String gaps = edit("\"historyFrom\":\"2026-08\",\"history\":\"C1\"", "\"historyFrom\":\"2026-03\",\"history\":\"C--1-C\"");
    assertThat(reader.readWithoutProvenance(utf8(gaps)).bureauReport().orElseThrow().accounts().get(0).history().size())
        .isEqualTo(3);
    String four = edit("\"historyFrom\":\"2026-08\",\"history\":\"C1\"", "\"historyFrom\":\"2026-03\",\"history\":\"C-C1-C\"");
    assertThatThrownBy(() -> reader.readUnverified(utf8(four)))
        .hasMessage(CARD_PATH + "/history/5: must have at most 3 months reported; found more than 3");
  }

  @Test
  void peekVersion_readsTheHeaderOnly() {
    CreditFileReader reader = CreditFileReader.standard();
    assertThat(reader.peekVersion(utf8(VALID))).isEqualTo(2);
    assertThat(reader.peekVersion(utf8(Samples.VALID))).isEqualTo(1);
    // Nothing after the version is read: a broken body does not matter.
    assertThat(reader.peekVersion(utf8("{\"format\":\"northbound.credit-file\",\"version\":2,\"x\"")))
        .isEqualTo(2);
    assertThatThrownBy(() -> reader.peekVersion(utf8("{\"version\":2}")))
        .hasMessage("/format: must be the first field; found another field first");
  }

  private static String consents(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(CONSENT.replace("\"cns-1\"", "\"cns-" + i + "\""));
    }
    return b.toString();
  }

  private static Arguments bad(String name, String document, String message) {
    return Arguments.of(name, utf8(document), message);
  }
}
