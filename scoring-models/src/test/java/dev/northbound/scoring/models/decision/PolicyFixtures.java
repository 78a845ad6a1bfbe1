package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.Account;
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
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.testing.TestSchemas;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Credit files, vectors, scores and the policy JSON of the decision tests. */
final class PolicyFixtures {
  private PolicyFixtures() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  static final String SUBJECT_REF = "TU-SUBJ-0001";
  static final FeatureSchema SCHEMA = TestSchemas.ratios(
      "verified_monthly_income", "monthly_debt_service_existing", "utility_on_time_share", "rent_months_paid");
  /** The key is bytes 0..31; HMAC-SHA256(key, "TU-SUBJ-0001") computed with Python's hmac module. */
  static final SubjectPseudonymiser PSEUDONYMISER = SubjectPseudonymiser.of(key());
  static final String PSEUDONYM = "1cd85611d83bd80b6cb85f202154ffffc56e9c2e73874fb12291f90ad3145ce0";

  static final String POLICY = """
      {
        "policyId": "gba-personal-loan",
        "version": "2026.11.1",
        "reportingCurrency": "CNY",
        "knockOuts": {"chargeOffWithinYears": 5},
        "pointsCutoffs": {"approveAtOrAbove": 620, "referAtOrAbove": 580},
        "gradeCutoffs": {"approve": ["A", "B"], "refer": ["C"]},
        "thinFile": {"minBureauAccounts": 1,
                     "alternativeDataFeatures": ["utility_on_time_share", "rent_months_paid"],
                     "minimumPresent": 2},
        "limit": {"incomeFeature": "verified_monthly_income",
                  "obligationsFeature": "monthly_debt_service_existing",
                  "maxDebtToIncome": 0.5, "roundDownTo": 100,
                  "card": {"rule": "MIN_PAYMENT", "minPaymentRate": 0.05}}
      }""";

  static byte[] key() {
    byte[] k = new byte[32];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) i;
    }
    return k;
  }

  private static final DecisionPolicy PARSED = DecisionPolicy.parse(POLICY, SCHEMA, PSEUDONYMISER);

  /** The policy of {@link #POLICY}, parsed once (it is immutable). */
  static DecisionPolicy policy() {
    return PARSED;
  }

  static Application application(ProductType product, String amount, int term, String rate, AgeBand age) {
    return new Application("APP-1", product, Money.of(amount, Money.CNY), term, new BigDecimal(rate),
        Money.of("20000", Money.CNY), Money.of("3000", Money.CNY), "Shenzhen", age, AS_OF);
  }

  static Application loan() {
    return application(ProductType.PERSONAL_LOAN, "100000", 12, "12", AgeBand.AGE_25_34);
  }

  static Account card(PaymentStatus status, YearMonth month) {
    return new CreditCardAccount("ACC-1", Money.of("50000", Money.HKD), Money.of("1000", Money.HKD),
        Money.zero(Money.HKD), LocalDate.of(2015, 1, 1), Optional.empty(),
        new PaymentHistory(List.of(new MonthlyStatus(month, status))));
  }

  static HkCreditReport report(List<Account> accounts, List<PublicRecord> records) {
    return new HkCreditReport(SUBJECT_REF, "TransUnion HK", AS_OF.minusDays(3), accounts, List.of(), records, List.of());
  }

  static DocumentProvenance document(String id, VerificationStatus status) {
    return new DocumentProvenance(id, "TransUnion HK", "SHA-256", "ab".repeat(32), Instant.parse("2026-10-29T08:00:00Z"),
        status, status == VerificationStatus.FAILED ? Optional.of("DIGEST_MISMATCH") : Optional.empty());
  }

  static CreditFile file(Application app, Optional<HkCreditReport> report, List<DocumentProvenance> docs) {
    return new CreditFile(app, report, AlternativeData.empty(), docs);
  }

  /** A clean file: a loan application, a bureau report with one current card, one verified document. */
  static CreditFile clean() {
    return file(loan(), Optional.of(report(List.of(card(PaymentStatus.CURRENT, YearMonth.of(2026, 9))), List.of())),
        List.of(document("DOC-1", VerificationStatus.VERIFIED)));
  }

  /** A vector; NaN marks a missing value (reason NO_HISTORY). */
  static FeatureVector vector(double income, double obligations, double utility, double rent) {
    double[] v = {income, obligations, utility, rent};
    byte[] m = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (Double.isNaN(v[i])) {
        m[i] = MissingReason.NO_HISTORY.code();
      }
    }
    return FeatureVector.of(SCHEMA, v, m);
  }

  static FeatureVector vector() {
    return vector(20000, 3000, 0.95, 12);
  }

  static ScoreResult score(double points, String grade) {
    return new ScoreResult(new ModelInfo("gba-capacity", "1", SCHEMA.fingerprint()), points, 0.05, grade, List.of(),
        List.of(new ReasonCode("C01", "monthly_debt_service_existing", 12.5, "3000 CNY", "Debt is high", "负债偏高")));
  }
}
