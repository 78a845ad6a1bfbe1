package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.ScalarReaders.require;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Parses the top level of a credit-file document and its application. Immutable and thread-safe. */
final class DocumentParser {

  /** A parsed document: its id and the credit file, without provenance yet. */
  record Parsed(String documentId, CreditFile file) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JsonFactory factory;
  private final DocumentLimits limits;

  DocumentLimits limits() {
    return limits;
  }

  DocumentParser(DocumentLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(CreditFileReader.MAX_NAME_LENGTH)
        .maxNumberLength(limits.maxNumberLength())
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Repeated fields are rejected by JsonInput, without a hash set per object.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // NaN and infinities are tokenised only so that the reader can reject them by name.
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }

  Parsed parse(byte[] bytes) {
    try (JsonInput in = open(bytes)) {
      int root = in.startObject();
      boolean v2 = header(in) == 2;
      String documentId = null;
      Application application = null;
      List<Consent> consents = null;
      HkCreditReport report = null;
      AlternativeData alternative = null;
      while (in.nextField()) {
        switch (in.fieldName()) {
          case "documentId" -> documentId = documentId(in);
          case "application" -> application = application(in);
          case "consents" -> {
            if (!v2) {
              throw in.unknownField(root);
            }
            consents = ConsentReader.read(in);
          }
          case "bureauReport" -> report = BureauReader.read(in, v2);
          case "alternativeData" -> alternative = AlternativeReader.read(in, v2);
          default -> throw in.unknownField(root);
        }
      }
      expectEnd(in);
      require(documentId, "", "documentId");
      require(application, "", "application");
      Optional<HkCreditReport> bureau = Optional.ofNullable(report);
      AlternativeData alt = alternative == null ? AlternativeData.empty() : alternative;
      Timeline.check(application.applicationDate(), bureau, alt, v2);
      return new Parsed(documentId,
          new CreditFile(application, bureau, alt, List.of(), consents == null ? List.of() : consents));
    } catch (IllegalArgumentException e) {
      // A safety net: the readers check every domain rule first, with a precise pointer.
      throw new InvalidInputException("", "must satisfy the domain rules", "a value that breaks one");
    }
  }

  String peekDocumentId(byte[] bytes) {
    try (JsonInput in = open(bytes)) {
      int root = in.startObject();
      header(in);
      while (in.nextField()) {
        switch (in.fieldName()) {
          case "documentId" -> {
            return documentId(in);
          }
          case "application", "consents", "bureauReport", "alternativeData" -> skipValue(in);
          default -> throw in.unknownField(root);
        }
      }
      throw ScalarReaders.missing("", "documentId");
    }
  }

  /** The format version of the document: its header read with the header's rules. */
  int peekVersion(byte[] bytes) {
    try (JsonInput in = open(bytes)) {
      in.startObject();
      return header(in);
    }
  }

  /** Skips the current value (after its first token), with the depth limit still enforced. */
  private static void skipValue(JsonInput in) {
    JsonToken t = in.next();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int base = in.depth() - 1;
      while (in.depth() > base) {
        if (in.next() == null) {
          throw in.fail("must be a complete JSON document", "end of input");
        }
      }
    }
  }

  /** Requires that nothing follows the top-level value. */
  private static void expectEnd(JsonInput in) {
    JsonToken t;
    try {
      t = in.next();
    } catch (InvalidInputException e) {
      t = JsonToken.NOT_AVAILABLE;
    }
    if (t != null) {
      throw new InvalidInputException("", "must contain one JSON object and nothing after it", "more content");
    }
  }

  JsonInput open(byte[] bytes) {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new InvalidInputException("", "must be at most " + limits.maxDocumentBytes() + " bytes",
          bytes.length + " bytes");
    }
    if (bytes.length > 0 && (bytes[0] <= 0 || bytes.length > 1 && bytes[1] == 0)) {
      throw new InvalidInputException("", "must be UTF-8 without a byte-order mark",
          "another encoding or a byte-order mark");
    }
    try {
      JsonParser parser = factory.createParser(bytes);
      return new JsonInput(parser, limits, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the document", e);
    }
  }

  /**
   * The format and version must come first: a reader must know the format before it reads data.
   * Returns the version.
   */
  private static int header(JsonInput in) {
    expectField(in, "format", "must be the first field");
    String format = ScalarReaders.string(in);
    if (!CreditFileReader.FORMAT.equals(format)) {
      throw in.fail("must be \"" + CreditFileReader.FORMAT + "\"", "another string");
    }
    expectField(in, "version", "must be the second field");
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_NUMBER_INT || in.numberType() != JsonParser.NumberType.INT
        || !CreditFileReader.SUPPORTED_VERSIONS.contains(in.intValue())) {
      throw in.fail("must be 1 or 2",
          t == JsonToken.VALUE_NUMBER_INT ? "an unsupported version" : ParserErrors.describe(t));
    }
    return in.intValue();
  }

  private static void expectField(JsonInput in, String name, String rule) {
    if (!in.nextField()) {
      throw ScalarReaders.missing("", name);
    }
    if (!in.fieldName().equals(name)) {
      throw new InvalidInputException("/" + name, rule, "another field first");
    }
  }

  static String documentId(JsonInput in) {
    String id = ScalarReaders.string(in);
    if (!DocumentIds.isValid(id)) {
      String found = id.isEmpty() ? "an empty string"
          : id.length() > DocumentIds.MAX_LENGTH ? "a string of " + id.length() + " characters"
          : "a string with other characters";
      throw in.fail("must match " + DocumentIds.PATTERN, found);
    }
    return id;
  }

  private static Application application(JsonInput in) {
    int at = in.startObject();
    String id = null;
    ProductType product = null;
    Money amount = null;
    Integer term = null;
    BigDecimal rate = null;
    Money income = null;
    Money obligations = null;
    String city = null;
    AgeBand ageBand = null;
    LocalDate date = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "applicationId" -> id = ScalarReaders.text(in);
        case "product" -> product = ScalarReaders.enumValue(in, ProductType.class);
        case "amount" -> amount = ScalarReaders.money(in, Sign.POSITIVE);
        case "termMonths" -> term = ScalarReaders.integer(in, 1, InstalmentLoanAccount.MAX_TERM_MONTHS);
        case "annualRatePercent" -> rate = rate(in);
        case "declaredMonthlyIncome" -> income = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "declaredMonthlyObligations" -> obligations = ScalarReaders.money(in, Sign.NON_NEGATIVE);
        case "cityOfResidence" -> city = ScalarReaders.text(in);
        case "ageBand" -> ageBand = ScalarReaders.enumValue(in, AgeBand.class);
        case "applicationDate" -> date = DateReaders.date(in);
        default -> throw in.unknownField(at);
      }
    }
    return new Application(require(id, in, at, "applicationId"), require(product, in, at, "product"),
        require(amount, in, at, "amount"), require(term, in, at, "termMonths"), require(rate, in, at, "annualRatePercent"),
        require(income, in, at, "declaredMonthlyIncome"), require(obligations, in, at, "declaredMonthlyObligations"),
        require(city, in, at, "cityOfResidence"), require(ageBand, in, at, "ageBand"), require(date, in, at, "applicationDate"));
  }

  private static BigDecimal rate(JsonInput in) {
    BigDecimal rate = ScalarReaders.decimal(in);
    if (rate.signum() < 0) {
      throw in.fail("must be between 0 and 100", "a negative number");
    }
    if (rate.compareTo(HUNDRED) > 0) {
      throw in.fail("must be between 0 and 100", "a number above 100");
    }
    return rate;
  }
}
