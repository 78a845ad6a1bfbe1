package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.CARD;
import static dev.northbound.scoring.core.document.Samples.LOAN;
import static dev.northbound.scoring.core.document.Samples.VALID;
import static dev.northbound.scoring.core.document.Samples.edit;
import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a document can be bad, each with its exact message. */
class CreditFileReaderErrorsTest {

  private static final String CARD_PATH = "/bureauReport/accounts/0";

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        bad("negative limit", edit("\"creditLimit\":{\"amount\":50000.00", "\"creditLimit\":{\"amount\":-50000.00"),
            CARD_PATH + "/creditLimit/amount: must not be negative; found a negative number"),
        bad("balance with 3 decimals", edit("1200.50", "1200.505"),
            CARD_PATH + "/balance/amount: must have at most 2 decimal places; found 3 decimal places"),
        bad("NaN", edit("1200.50", "NaN"),
            CARD_PATH + "/balance/amount: must be a finite number; found NaN or an infinity"),
        bad("negative infinity", edit("30000.00", "-Infinity"),
            "/application/declaredMonthlyIncome/amount: must be a finite number; found NaN or an infinity"),
        bad("month out of order", edit("\"2026-08\",\"status\":\"C\"},{\"month\":\"2026-09\"",
                "\"2026-09\",\"status\":\"C\"},{\"month\":\"2026-08\""),
            CARD_PATH + "/history/1/month: must be after the previous month; found an earlier month"),
        bad("repeated month", edit("\"2026-08\",\"status\":\"C\"", "\"2026-09\",\"status\":\"C\""),
            CARD_PATH + "/history/1/month: must be after the previous month; found the same month again"),
        bad("account opened after report date", edit("\"2024-01-10\"", "\"2026-10-13\""),
            CARD_PATH + "/openedOn: must not be after the report date; found a later date"),
        bad("enquiry after report date", edit("\"2026-09-01\"", "\"2026-10-13\""),
            "/bureauReport/enquiries/0/date: must not be after the report date; found a later date"),
        bad("report after application", edit("\"reportDate\":\"2026-10-12\"", "\"reportDate\":\"2026-10-16\""),
            "/bureauReport/reportDate: must not be after the application date; found a later date"),
        bad("bill paid after application", edit("\"2026-10-03\"", "\"2026-10-16\""),
            "/alternativeData/bills/0/paidOn: must not be after the application date; found a later date"),
        bad("history before opening", edit("\"2024-01-10\"", "\"2026-09-10\""),
            CARD_PATH + "/history/0/month: must not be before the month the account was opened; found an earlier month"),
        bad("unknown status code", edit("\"status\":\"30\"", "\"status\":\"X\""),
            CARD_PATH + "/history/1/status: must be one of C, 30, 60, 90, 120, 150, 180, CO, S, N, U; found an unknown code"),
        bad("missing currency", edit("{\"amount\":20000.00,\"currency\":\"CNY\"}", "{\"amount\":20000.00}"),
            "/application/amount/currency: must be present; found nothing"),
        bad("unknown currency", edit("20000.00,\"currency\":\"CNY\"", "20000.00,\"currency\":\"XYZ\""),
            "/application/amount/currency: must be an ISO 4217 currency code; found an unknown code"),
        bad("truncated", VALID.substring(0, VALID.indexOf("\"applicationDate\":\"2026-10-15\"") + 30),
            "/application/applicationDate: must be a complete JSON document; found end of input"),
        bad("duplicate key", edit("\"termMonths\":12,", "\"termMonths\":12,\"termMonths\":12,"),
            "/application/termMonths: must not repeat a field; found a repeated field"),
        bad("unknown field", edit("\"cityOfResidence\"", "\"hkid\":\"A123456(7)\",\"cityOfResidence\""),
            "/application: must not have fields the format does not define; found an unknown field"),
        bad("wrong type", edit("\"termMonths\":12", "\"termMonths\":\"12\""),
            "/application/termMonths: must be a number; found a string"),
        bad("null", edit("\"ageBand\":\"AGE_25_34\"", "\"ageBand\":null"),
            "/application/ageBand: must be a string; found null"),
        bad("trailing object", VALID + "{}", "/: must contain one JSON object and nothing after it; found more content"),
        bad("trailing garbage", VALID + "x", "/: must contain one JSON object and nothing after it; found more content"),
        bad("too many months", edit("\"history\":[{\"month\":\"2026-08\",\"status\":\"C\"},{\"month\":\"2026-09\",\"status\":\"30\"}]",
                "\"history\":" + months(61)),
            CARD_PATH + "/history: must have at most 60 months; found more than 60"),
        bad("too many accounts", edit(CARD + "," + LOAN, LOAN + ("," + LOAN).repeat(200)),
            "/bureauReport/accounts: must have at most 200 accounts; found more than 200"),
        bad("string too long", edit("\"Shenzhen\",\"ageBand\"", "\"" + "a".repeat(257) + "\",\"ageBand\""),
            "/application/cityOfResidence: must be at most 256 characters long; found a string longer than 256 characters"),
        bad("string far too long", edit("\"Shenzhen\",\"ageBand\"", "\"" + "a".repeat(100_000) + "\",\"ageBand\""),
            "/application/cityOfResidence: must be at most 256 characters long; found a string longer than 256 characters"),
        bad("number too long", edit("20000.00", "1".repeat(33)),
            "/application/amount/amount: must be at most 32 characters long; found a number longer than 32 characters"),
        bad("exponent", edit("20000.00", "2E+4"),
            "/application/amount/amount: must be written in plain decimal notation; found a number with an exponent"),
        bad("wrong format name", edit("\"northbound.credit-file\"", "\"northbound.credit-fil\""),
            "/format: must be \"northbound.credit-file\"; found another string"),
        bad("format not first", edit("\"format\":\"northbound.credit-file\",\"version\":1",
                "\"version\":1,\"format\":\"northbound.credit-file\""),
            "/format: must be the first field; found another field first"),
        bad("unsupported version", edit("\"version\":1", "\"version\":3"),
            "/version: must be 1 or 2; found an unsupported version"),
        bad("bad document id", edit("\"doc-1\"", "\"doc 1\""),
            "/documentId: must match [A-Za-z0-9._:-]{1,128}; found a string with other characters"),
        bad("closed before opened", edit("\"openedOn\":\"2024-01-10\",", "\"openedOn\":\"2024-01-10\",\"closedOn\":\"2023-12-31\","),
            CARD_PATH + "/closedOn: must not be before openedOn; found an earlier date"),
        bad("term 0", edit("\"termMonths\":60", "\"termMonths\":0"),
            "/bureauReport/accounts/1/termMonths: must be between 1 and 480; found a number below 1"),
        bad("fractional term", edit("\"termMonths\":12", "\"termMonths\":12.5"),
            "/application/termMonths: must be a whole number; found a decimal number"),
        bad("missing required field", edit("\"applicationId\":\"A-1\",", ""),
            "/application/applicationId: must be present; found nothing"),
        bad("unknown enum name", edit("\"CARD\"", "\"LOAN\""),
            "/application/product: must be one of CARD, PERSONAL_LOAN, MORTGAGE; found an unknown name"),
        bad("impossible date", edit("\"2026-10-15\"", "\"2026-02-30\""),
            "/application/applicationDate: must be a date in yyyy-MM-dd form; found a date that does not exist"),
        bad("date of another form", edit("\"2026-10-15\"", "\"15/10/2026\""),
            "/application/applicationDate: must be a date in yyyy-MM-dd form; found a string of another form"),
        bad("zero amount applied for", edit("20000.00", "0.00"),
            "/application/amount/amount: must be positive; found zero"),
        bad("rate above 100", edit("18.25", "100.01"), "/application/annualRatePercent: must be between 0 and 100; found a number above 100"),
        bad("mixed currency on a card", edit("1200.50,\"currency\":\"HKD\"", "1200.50,\"currency\":\"CNY\""),
            CARD_PATH + "/balance/currency: must be the currency of the account's creditLimit; found another currency"),
        bad("loan field on a card", edit("\"accountId\":\"CC-1\",", "\"accountId\":\"CC-1\",\"kind\":\"PERSONAL\","),
            CARD_PATH + "/kind: must not appear on a CREDIT_CARD account; found the field"),
        bad("MPF in CNY", edit("\"relevantIncome\":{\"amount\":30000,\"currency\":\"HKD\"}",
                "\"relevantIncome\":{\"amount\":30000,\"currency\":\"CNY\"}"),
            "/alternativeData/mpf/0/relevantIncome/currency: must be HKD; found another currency"),
        bad("no schemes", edit("[\"PENSION\",\"MEDICAL\"]", "[]"),
            "/alternativeData/socialInsurance/0/schemes: must not be empty; found an empty array"),
        bad("repeated scheme", edit("[\"PENSION\",\"MEDICAL\"]", "[\"PENSION\",\"PENSION\"]"),
            "/alternativeData/socialInsurance/0/schemes/1: must not repeat a scheme; found a repeated scheme"),
        bad("control character", edit("\"HKT\"", "\"H\u0001T\""),
            "/alternativeData/bills/0/provider: must escape control characters; found an unescaped control character"),
        bad("top-level array", "[]", "/: must be an object; found an array"),
        bad("empty input", "", "/: must be an object; found end of input"),
        bad("nesting 10,000 deep", edit("\"application\":{", "\"application\":" + "[".repeat(10_000) + "{"),
            "/application: must be an object; found an array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void readUnverified_badDocument_exactMessage(String name, byte[] document, String message) {
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(document))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBytes")
  void readUnverified_badBytes_exactMessage(String name, byte[] document, String message) {
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(document))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> badBytes() {
    byte[] invalidUtf8 = utf8(edit("\"Shenzhen\",\"ageBand\"", "\"Shen#\",\"ageBand\""));
    invalidUtf8[new String(invalidUtf8, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xC3;
    byte[] bom = utf8("\uFEFF" + VALID);
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    return Stream.of(
        Arguments.of("invalid UTF-8", invalidUtf8,
            "/application/cityOfResidence: must be valid UTF-8; found invalid UTF-8"),
        Arguments.of("byte-order mark", bom,
            "/: must be UTF-8 without a byte-order mark; found another encoding or a byte-order mark"),
        Arguments.of("50 MB document", huge, "/: must be at most 4194304 bytes; found 52428800 bytes"));
  }

  @org.junit.jupiter.api.Test
  void readUnverified_validSample_reads() {
    assertThat(CreditFileReader.standard().readUnverified(utf8(VALID)).bureauReport().get().accounts()).hasSize(2);
  }

  private static Arguments bad(String name, String document, String message) {
    return Arguments.of(name, utf8(document), message);
  }

  private static String months(int n) {
    StringBuilder b = new StringBuilder("[");
    java.time.YearMonth m = java.time.YearMonth.of(2021, 9);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"month\":\"").append(m.plusMonths(i)).append("\",\"status\":\"C\"}");
    }
    return b.append("]").toString();
  }
}
