package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny scorecard and policy over the standard schema, files and vectors of the what-would-change tests. */
final class ChangeFixtures {
  private ChangeFixtures() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  static final FeatureSchema SCHEMA = StandardFeatures.extractor().schema();
  static final double INF = Double.POSITIVE_INFINITY;

  /**
   * Initial 560 and six characteristics; a feature's missing bin scores 0:
   * mpf_contribution_months [<6: 0, >=6: 40]; verified_income_months_12m [<6: 0, >=6: 30];
   * alternative_source_count [<2: 0, 2..3: 20, >=4: 40]; rent_on_time_ratio [<0.9: 0, >=0.9: 15];
   * tax_paid_on_time_share [<1: 0, >=1: 10]; worst_status_12m [<1: 0, >=1: -40].
   */
  static final Scorecard CARD = Scorecard.builder(SCHEMA).id("change-tests").version("1")
      .initialScore(560).scaling(Scaling.of(600, 50, 20))
      .grades(RiskGrades.of(List.of("A", "B", "C"), List.of(620.0, 580.0)))
      .provenance(ModelProvenance.of("change-tests", "none", Instant.parse("2026-11-01T00:00:00Z"), Map.of(), 1L))
      .addCharacteristic(two("mpf_contribution_months", "W01", 6, 40))
      .addCharacteristic(two("verified_income_months_12m", "W02", 6, 30))
      .addCharacteristic(Characteristic.of("alternative_source_count", "W03", "Little alternative data",
          "替代数据较少", List.of(Bin.closedOpen(-INF, 2, 0), Bin.closedOpen(2, 4, 20), Bin.closedOpen(4, INF, 40),
              Bin.missing(0))))
      .addCharacteristic(two("rent_on_time_ratio", "W04", 0.9, 15))
      .addCharacteristic(two("tax_paid_on_time_share", "W05", 1, 10))
      .addCharacteristic(two("worst_status_12m", "W06", 1, -40))
      .build();

  private static Characteristic two(String feature, String code, double cut, double points) {
    return Characteristic.of(feature, code, "Reason " + code, "原因" + code,
        List.of(Bin.closedOpen(-INF, cut, 0), Bin.closedOpen(cut, INF, points), Bin.missing(0)));
  }

  /** Refer at 580, approve at 620; thin without 2 of MPF months, rent or utility ratio. */
  static final String POLICY = """
      {
        "policyId": "change-tests",
        "version": "1",
        "knockOuts": {"chargeOffWithinYears": 5},
        "pointsCutoffs": {"approveAtOrAbove": 620, "referAtOrAbove": 580},
        "thinFile": {"minBureauAccounts": 1,
                     "alternativeDataFeatures": ["mpf_contribution_months", "rent_on_time_ratio",
                                                 "utility_on_time_ratio"],
                     "minimumPresent": 2},
        "limit": {"incomeFeature": "verified_monthly_income", "obligationsFeature": "monthly_debt_service",
                  "maxDebtToIncome": 0.5, "roundDownTo": 100,
                  "card": {"rule": "MIN_PAYMENT", "minPaymentRate": 0.05}}
      }""";

  static final SubjectPseudonymiser PSEUDONYMISER = SubjectPseudonymiser.of(new byte[32]);

  static DecisionPolicy policy(String json) {
    return DecisionPolicy.parse(json, SCHEMA, PSEUDONYMISER);
  }

  static final DecisionPolicy POLICY_PARSED = policy(POLICY);

  static Application loan(AgeBand age) {
    return new Application("APP-1", ProductType.PERSONAL_LOAN, Money.of("50000", Money.CNY), 12, new BigDecimal("12"),
        Money.of("12000", Money.CNY), Money.of("2000", Money.CNY), "Shenzhen", age, AS_OF);
  }

  static DocumentProvenance document(VerificationStatus status) {
    return new DocumentProvenance("DOC-1", "Registry", "SHA-256", "ab".repeat(32),
        Instant.parse("2026-10-29T08:00:00Z"), status, Optional.empty());
  }

  /** No bureau report, one verified document. */
  static CreditFile thin(AgeBand age) {
    return new CreditFile(loan(age), Optional.empty(), AlternativeData.empty(),
        List.of(document(VerificationStatus.VERIFIED)));
  }

  /** A bureau report with one card, one verified document. */
  static CreditFile thick() {
    HkCreditReport report = new HkCreditReport("TU-SUBJ-0001", "TransUnion HK", AS_OF.minusDays(3),
        List.of(new CreditCardAccount("ACC-1", Money.of("50000", Money.HKD), Money.of("1000", Money.HKD),
            Money.zero(Money.HKD), LocalDate.of(2015, 1, 1), Optional.empty(),
            new PaymentHistory(List.of(new MonthlyStatus(YearMonth.of(2026, 9), PaymentStatus.DPD_60))))),
        List.of(), List.of(), List.of());
    return new CreditFile(loan(AgeBand.AGE_25_34), Optional.of(report), AlternativeData.empty(),
        List.of(document(VerificationStatus.VERIFIED)));
  }

  /**
   * A vector with the given values; every other feature is missing with {@code otherwise}, and a
   * value of NaN marks a feature missing with NO_CONSENT.
   */
  static FeatureVector vector(Map<String, Double> values, MissingReason otherwise) {
    return vector(values, otherwise, Map.of());
  }

  /** As {@link #vector(Map, MissingReason)}, with some features missing for the given reasons. */
  static FeatureVector vector(Map<String, Double> values, MissingReason otherwise, Map<String, MissingReason> why) {
    double[] v = new double[SCHEMA.size()];
    byte[] m = new byte[SCHEMA.size()];
    for (int i = 0; i < v.length; i++) {
      Double x = values.get(SCHEMA.name(i));
      if (why.containsKey(SCHEMA.name(i))) {
        m[i] = why.get(SCHEMA.name(i)).code();
      } else if (x == null) {
        m[i] = otherwise.code();
      } else if (x.isNaN()) {
        m[i] = MissingReason.NO_CONSENT.code();
      } else {
        v[i] = x;
      }
    }
    return FeatureVector.of(SCHEMA, v, m);
  }

  /**
   * A thin graduate: 4 months of social insurance in the last 12, utility bills paid on time, no MPF,
   * no rent, no tax record; income 12000, debt service 2000. Points: 560 + 0 + 0 + 20 (2 sources) +
   * 0 + 0 + 0 = 580: refer band; alternative data present 1 of 2 (utility): thin.
   */
  static Map<String, Double> thinValues() {
    return new java.util.HashMap<>(Map.ofEntries(
        Map.entry("verified_monthly_income", 12000.0), Map.entry("monthly_debt_service", 2000.0),
        Map.entry("has_bureau_file", 0.0), Map.entry("has_mpf", 0.0), Map.entry("has_rent", 0.0),
        Map.entry("has_tax_records", 0.0), Map.entry("has_telecom_bills", 0.0),
        Map.entry("has_utility_bills", 1.0), Map.entry("utility_on_time_ratio", 1.0),
        Map.entry("late_bill_count_12m", 0.0), Map.entry("max_days_late", 0.0),
        Map.entry("has_social_insurance", 1.0), Map.entry("social_insurance_months", 4.0),
        Map.entry("verified_income_months_12m", 4.0), Map.entry("verified_income_months_24m", 4.0),
        Map.entry("alternative_data_months", 10.0), Map.entry("alternative_source_count", 2.0)));
  }
}
