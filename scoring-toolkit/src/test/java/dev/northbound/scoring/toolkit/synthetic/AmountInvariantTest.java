package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.models.decision.*;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic invariant of issue 15 over generated extreme but format-valid files: amounts at,
 * near and past the format's ceiling, up to 200 accounts (and 201), loan rates of 0 and 100% and
 * terms of 1 and 480 months, exchange rates at their bounds (and 1E-12, 1E12, which are refused).
 * For every file: the reader accepts it or rejects it with a typed error (past the ceiling: the
 * ceiling's message); the extractor writes finite features, none negative unless the catalogue says
 * it may be, or stops with a typed error; and no decision is APPROVE unless the affordability rule
 * holds when recomputed here in {@code BigDecimal} from the file's own amounts: an upper bound of the
 * verified income times the policy's maximum debt to income exceeds a lower bound of the existing
 * monthly instalments, and the limit is within the requested amount and what that margin affords.
 * Counts are written to {@code target/robustness/amount-invariants.txt}.
 */
class AmountInvariantTest {

  private static final int FILES = 1000;
  private static final long SEED = 20261207L;
  private static final BigDecimal CEILING = CreditFileReader.MAX_AMOUNT;
  private static final Currency USD = Currency.getInstance("USD");
  private static final BigDecimal[] RATES = {FxRate.MIN_RATE, new BigDecimal("0.92"), new BigDecimal("20000"),
      FxRate.MAX_RATE, new BigDecimal("1E-12"), new BigDecimal("1E12")};
  private static final BigDecimal MAX_DEBT_TO_INCOME = new BigDecimal("0.5");
  private static final BigDecimal CARD_MULTIPLE = BigDecimal.valueOf(20); // 1 / minPaymentRate 0.05
  private static final DocumentIssuer ISSUER = DocumentIssuer.of("TransUnion HK");
  private static final PortfolioGenerator PORTFOLIO = PortfolioGenerator.of(GeneratorConfig.defaults());
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final Map<String, Long> counts = new TreeMap<>();

  @Test
  void extremeFiles_noWrapNoNegativeFeatureNoUnaffordableApproval() {
    Random random = new Random(SEED);
    for (int n = 0; n < FILES; n++) {
      one(random, n);
    }
    Map<String, Object> figures = new LinkedHashMap<>(counts);
    RunFigures.write("amount-invariants", figures);
    assertThat(counts.get("files tried")).isEqualTo(FILES);
    // Every kind of case happened, so the test is not vacuous.
    assertThat(counts).containsKeys("read: rejected, amount ceiling", "rates refused by the bound",
        "extract: rejected, sum past 1e16", "extract: rejected, converted amount past 1e16",
        "decisions: APPROVE", "decisions: DECLINE", "approvals rechecked in BigDecimal");
  }

  private void one(Random random, int n) {
    count("files tried");
    String id = "doc-" + n;
    CreditFile base = random.nextBoolean()
        ? PORTFOLIO.generate(SEED, n).creditFile()
        : StandardPath.inCny(CreditFileArbitraries.creditFile(random));
    byte[] bytes = extreme(CreditFileWriter.standard().write(base, id), random);

    CreditFile file;
    try {
      VerifiedDocument doc = DocumentVerifier.of(InMemoryHashRegistry.of(ISSUER.issue(id, bytes))).verify(id, bytes);
      file = CreditFileReader.standard().read(doc);
      count("read: accepted");
    } catch (InvalidInputException e) {
      String rule = rule(e);
      count("read: rejected, " + (rule.startsWith("must be at most " + CEILING.toPlainString()) ? "amount ceiling"
          : rule.startsWith("must have at most 200 accounts") ? "account limit" : "other rule: " + rule));
      return;
    }
    assertWithinCeiling(file);

    LocalDate asOf = file.application().applicationDate();
    ExtractionContext context = ExtractionContext.of(asOf, FxRates.of(
        new FxRate(Money.HKD, Money.CNY, rate(random), "test", asOf),
        new FxRate(USD, Money.CNY, rate(random), "test", asOf)));
    FeatureVector vector;
    try {
      vector = StandardPath.EXTRACTOR.extract(file, context);
    } catch (InvalidInputException e) {
      String rule = rule(e);
      assertThat(rule).as(e.getMessage()).isIn(
          "must be at most 10000000000000000 once converted to the reporting currency",
          "must keep the sum of amounts in the reporting currency at most 10000000000000000");
      count("extract: rejected, " + (rule.startsWith("must keep") ? "sum past 1e16" : "converted amount past 1e16"));
      return;
    }
    for (int i = 0; i < vector.size(); i++) {
      if (vector.isMissing(i)) {
        continue;
      }
      String name = vector.schema().name(i);
      assertThat(Double.isFinite(vector.value(i))).as(name).isTrue();
      if (!vector.schema().definitions().get(i).description().contains("may be negative")) {
        assertThat(vector.value(i)).as("%s in file %d", name, n).isGreaterThanOrEqualTo(0.0);
      }
    }
    count("extract: finite, no forbidden negative");

    Decision decision = StandardPath.POLICY_STANDARD.decide(file, vector, StandardPath.SCORECARD.score(vector), asOf);
    count("decisions: " + decision.outcome());
    if (decision instanceof Approve approve) {
      recheck(file, context, approve, n);
      count("approvals rechecked in BigDecimal");
    }
  }

  /**
   * The affordability rule from the file's own amounts: income is at most the largest of a tax
   * record's annual income / 12, a month's MPF records each at the relevant-income cap, and a
   * social-insurance base; existing obligations are at least the instalments of the open loans with a
   * balance. Rounding to cents of up to 200 amounts, and doubles on amounts up to 1e18, stay within
   * the tolerance.
   */
  private static void recheck(CreditFile file, ExtractionContext context, Approve approve, int n) {
    LocalDate asOf = context.asOf();
    BigDecimal income = BigDecimal.ZERO;
    for (TaxRecord t : file.alternativeData().taxRecords()) {
      income = income.max(cny(t.assessedIncome(), context).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
    }
    Map<Integer, Integer> mpfPerMonth = new TreeMap<>();
    for (int i = 0; i < file.alternativeData().mpf().size(); i++) {
      mpfPerMonth.merge(file.alternativeData().mpfMonth(i), 1, Integer::sum);
    }
    BigDecimal cap = cny(FeatureConfig.defaults().mpfRelevantIncomeCap(), context);
    for (int records : mpfPerMonth.values()) {
      income = income.max(cap.multiply(BigDecimal.valueOf(records)));
    }
    for (SocialInsuranceContribution s : file.alternativeData().socialInsurance()) {
      income = income.max(cny(s.contributionBase(), context));
    }
    BigDecimal obligations = BigDecimal.ZERO;
    if (file.bureauReport().isPresent()) {
      for (Account a : file.bureauReport().get().accounts()) {
        if (a instanceof InstalmentLoanAccount loan && !a.openedOn().isAfter(asOf) && a.closedOn().isEmpty()
            && cny(loan.balance(), context).signum() > 0) {
          obligations = obligations.add(cny(loan.monthlyInstalment(), context));
        }
      }
    }
    BigDecimal margin = income.multiply(MAX_DEBT_TO_INCOME).subtract(obligations);
    BigDecimal tolerance = BigDecimal.ONE.add(income.add(obligations).multiply(new BigDecimal("1E-9")));
    assertThat(margin.add(tolerance)).as("file %d: income bound %s, obligations bound %s", n, income, obligations)
        .isPositive();
    BigDecimal limit = approve.approvedLimit().orElseThrow().amount();
    assertThat(limit).isPositive().isLessThanOrEqualTo(file.application().amount().amount());
    // A loan affords at most n instalments (the annuity's present value at a rate >= 0); a card 20.
    BigDecimal times = BigDecimal.valueOf(Math.max(file.application().termMonths(), CARD_MULTIPLE.intValue()));
    assertThat(limit).isLessThanOrEqualTo(margin.add(tolerance).multiply(times));
  }

  private static BigDecimal cny(Money m, ExtractionContext context) {
    return context.rates().convert(m, Money.CNY).converted().amount();
  }

  /** A rate drawn from the bounds, 0.92 and two out-of-bounds values, which must be refused. */
  private BigDecimal rate(Random random) {
    BigDecimal r = RATES[random.nextInt(RATES.length)];
    if (r.compareTo(FxRate.MIN_RATE) < 0 || r.compareTo(FxRate.MAX_RATE) > 0) {
      assertThatThrownBy(() -> new FxRate(Money.HKD, Money.CNY, r, "test", LocalDate.of(2026, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rate must be between");
      count("rates refused by the bound");
      return r.compareTo(FxRate.MIN_RATE) < 0 ? FxRate.MIN_RATE : FxRate.MAX_RATE;
    }
    return r;
  }

  /** The canonical document with its amounts, accounts and loan terms pushed to extremes. */
  private byte[] extreme(byte[] canonical, Random random) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(canonical);
      ObjectNode app = (ObjectNode) root.get("application");
      switch (random.nextInt(4)) {
        case 0 -> app.put("annualRatePercent", BigDecimal.ZERO);
        case 1 -> app.put("annualRatePercent", new BigDecimal("100"));
        default -> { }
      }
      switch (random.nextInt(4)) {
        case 0 -> app.put("termMonths", 1);
        case 1 -> app.put("termMonths", 480);
        default -> { }
      }
      JsonNode report = root.get("bureauReport");
      if (report != null && report.get("accounts").size() > 0 && random.nextInt(6) == 0) {
        ArrayNode accounts = (ArrayNode) report.get("accounts");
        int target = random.nextInt(8) == 0 ? 201 : 200;
        for (int k = 0; accounts.size() < target; k++) {
          ObjectNode copy = accounts.get(k % accounts.size()).deepCopy();
          copy.put("accountId", "copy-" + k);
          accounts.add(copy);
        }
        count("files with 200 or 201 accounts");
      }
      int mode = random.nextInt(10);
      mutateAmounts(root, random, mode);
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Mode 0-2 keeps the amounts; 3-6 sets each amount with probability 1/2 to one at or under the
   * ceiling; 7-8 also pushes one amount past it; 9 sets every amount to 0.01.
   */
  private void mutateAmounts(JsonNode node, Random random, int mode) {
    if (node instanceof ObjectNode o) {
      if (o.has("amount") && o.has("currency") && o.size() == 2 && o.get("amount").isNumber()) {
        BigDecimal v = o.get("amount").decimalValue();
        BigDecimal nv = v;
        if (mode >= 3 && mode <= 8 && random.nextBoolean()) {
          nv = switch (random.nextInt(4)) {
            case 0 -> CEILING;
            case 1 -> new BigDecimal("500000000000.00");
            case 2 -> new BigDecimal("60000000000.00");
            default -> BigDecimal.valueOf(1 + (long) (random.nextDouble() * 99_999_999_999_999L), 2);
          };
        }
        if (mode >= 7 && mode <= 8 && random.nextInt(20) == 0) {
          nv = switch (random.nextInt(3)) {
            case 0 -> CEILING.add(new BigDecimal("0.01"));
            case 1 -> new BigDecimal("60000000000000000.00");
            default -> new BigDecimal("100000000000000000000.00");
          };
        }
        if (mode == 9) {
          nv = new BigDecimal("0.01");
        }
        if (v.signum() == 0 && nv.signum() != 0 && random.nextBoolean()) {
          nv = v; // keep some zeros: a zero balance is a case of its own
        }
        o.put("amount", nv);
        return;
      }
      o.fields().forEachRemaining(e -> mutateAmounts(e.getValue(), random, mode));
    } else if (node instanceof ArrayNode a) {
      a.forEach(e -> mutateAmounts(e, random, mode));
    }
  }

  private static void assertWithinCeiling(CreditFile file) {
    assertThat(file.application().amount().amount()).isLessThanOrEqualTo(CEILING);
    file.bureauReport().ifPresent(r -> r.accounts().forEach(a -> {
      assertThat(a.balance().amount()).isLessThanOrEqualTo(CEILING);
      assertThat(a.pastDue().amount()).isLessThanOrEqualTo(CEILING);
    }));
    for (MpfContribution m : file.alternativeData().mpf()) {
      assertThat(m.relevantIncome().amount()).isLessThanOrEqualTo(CEILING);
    }
  }

  private static String rule(InvalidInputException e) {
    String m = e.getMessage();
    int colon = m.indexOf(": ");
    int found = m.lastIndexOf("; found ");
    if (colon < 0 || found < colon) {
      fail("not a pointer message: " + m);
    }
    return m.substring(colon + 2, found);
  }

  private void count(String what) {
    counts.merge(what, 1L, Long::sum);
  }
}
