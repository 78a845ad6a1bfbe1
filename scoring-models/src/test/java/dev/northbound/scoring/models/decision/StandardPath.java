package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The standard scoring path of the robustness tests: the standard extractor and schema, a hand-built
 * scorecard over six standard features, and the example policy of {@code docs/decision-policy.md}
 * with its feature names mapped to the standard catalogue's.
 */
public final class StandardPath {

  /** The standard extractor (immutable, shared). */
  public static final FeatureExtractor EXTRACTOR = StandardFeatures.extractor();
  /** The standard schema. */
  public static final FeatureSchema SCHEMA = EXTRACTOR.schema();
  /** The bank's pseudonymisation key: bytes 100..131. */
  public static final byte[] KEY = key();
  /** The pseudonymiser under {@link #KEY}. */
  public static final SubjectPseudonymiser PSEUDONYMISER = SubjectPseudonymiser.of(KEY);

  /** The documented example policy (as the decision tests hold it) with the catalogue's feature names. */
  static final String POLICY = PolicyFixtures.POLICY
      .replace("utility_on_time_share", "utility_on_time_ratio")
      .replace("rent_months_paid", "rent_on_time_ratio")
      .replace("monthly_debt_service_existing", "existing_monthly_debt_service");

  /** The policy, bound to the standard schema. */
  public static final DecisionPolicy POLICY_STANDARD = DecisionPolicy.parse(POLICY, SCHEMA, PSEUDONYMISER);

  /**
   * Initial 500; six characteristics of 0 to 40 points each, so points lie in [500, 740]. Grades A
   * (>= 620), B (>= 580), C (>= 540), D.
   */
  public static final Scorecard SCORECARD = Scorecard.builder(SCHEMA).id("robustness").version("1")
      .initialScore(500).scaling(Scaling.of(600, 50, 20))
      .grades(RiskGrades.of(List.of("A", "B", "C", "D"), List.of(620.0, 580.0, 540.0)))
      .provenance(ModelProvenance.of("robustness-tests", "none", Instant.parse("2026-11-01T00:00:00Z"), Map.of(), 1L))
      .addCharacteristic(Characteristic.of("debt_to_income_ratio", "R01", "Debt payments are high relative to income",
          "负债收入比偏高", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.3, 40), Bin.closedOpen(0.3, 0.5, 20),
              Bin.closedOpen(0.5, Double.POSITIVE_INFINITY, 0), Bin.missing(5))))
      .addCharacteristic(Characteristic.of("months_since_latest_delinquency", "R02", "Recent delinquency",
          "近期有逾期记录", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 0), Bin.closedOpen(12, 36, 20),
              Bin.closedOpen(36, Double.POSITIVE_INFINITY, 30), Bin.missing(40))))
      .addCharacteristic(Characteristic.of("verified_monthly_income", "R03", "Verified income is low", "核实收入偏低",
          List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 10_000, 5), Bin.closedOpen(10_000, 30_000, 20),
              Bin.closedOpen(30_000, Double.POSITIVE_INFINITY, 40), Bin.missing(0))))
      .addCharacteristic(Characteristic.of("hard_enquiries_12m", "R04", "Many recent credit applications",
          "近期信贷申请较多", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 40), Bin.closedOpen(1, 3, 20),
              Bin.closedOpen(3, Double.POSITIVE_INFINITY, 0), Bin.missing(30))))
      .addCharacteristic(Characteristic.of("alternative_source_count", "R05", "Little alternative data",
          "替代数据较少", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 0), Bin.closedOpen(1, 3, 20),
              Bin.closedOpen(3, Double.POSITIVE_INFINITY, 40), Bin.missing(0))))
      .addCharacteristic(Characteristic.of("worst_status_12m", "R06", "Serious arrears in the last year",
          "近一年有严重逾期", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 40), Bin.closedOpen(1, 3, 15),
              Bin.closedOpen(3, Double.POSITIVE_INFINITY, 0), Bin.missing(25))))
      .build();

  private static final Currency USD = Currency.getInstance("USD");

  private StandardPath() {}

  /** The context for {@code file}: as of its application date, HKD 1 = CNY 0.92, USD 1 = CNY 7.1. */
  public static ExtractionContext context(CreditFile file) {
    LocalDate asOf = file.application().applicationDate();
    return ExtractionContext.of(asOf, FxRates.of(
        new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", asOf),
        new FxRate(USD, Money.CNY, new BigDecimal("7.1"), "test", asOf)));
  }

  private static byte[] key() {
    byte[] k = new byte[32];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) (100 + i);
    }
    return k;
  }

  /**
   * The file with the requested amount in CNY, the policy's reporting currency (the generator asks in
   * HKD; the policy rejects another currency with an InvalidInputException, as documented).
   */
  public static CreditFile inCny(CreditFile file) {
    Application a = file.application();
    Application cny = new Application(a.applicationId(), a.product(), Money.of(a.amount().amount(), Money.CNY),
        a.termMonths(), a.annualRatePercent(), a.declaredMonthlyIncome(), a.declaredMonthlyObligations(),
        a.cityOfResidence(), a.ageBand(), a.applicationDate());
    return new CreditFile(cny, file.bureauReport(), file.alternativeData(), file.documents());
  }
}
