package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.PolicyFixtures.clean;
import static dev.northbound.scoring.models.decision.PolicyFixtures.policy;
import static dev.northbound.scoring.models.decision.PolicyFixtures.score;
import static dev.northbound.scoring.models.decision.PolicyFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

  private static List<String> codes(Decision d) {
    return d.rules().stream().map(DecisionReason::code).toList();
  }

  private static Decision decide(CreditFile f) {
    return policy().decide(f, vector(), score(650, "A"), AS_OF);
  }

  private static CreditFile withRecord(PublicRecordType type, LocalDate filed, Optional<LocalDate> discharged) {
    return PolicyFixtures.file(PolicyFixtures.loan(), Optional.of(PolicyFixtures.report(
        List.of(PolicyFixtures.card(PaymentStatus.CURRENT, YearMonth.of(2026, 9))),
        List.of(new PublicRecord(type, filed, discharged)))), clean().documents());
  }

  @Test
  void decide_cleanFileApprovedWithAnnuityLimit() {
    // P = 20000*0.5 - 3000 = 7000; r = 12/1200 = 0.01; n = 12;
    // PV = 7000*(1 - 1.01^-12)/0.01 = 78785.5423...; below the 100000 asked; rounded down to 100: 78700.00.
    Decision d = decide(clean());
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.approvedLimit()).contains(Money.of("78700.00", Money.CNY));
    assertThat(d.rules()).isEmpty();
    assertThat(d.scoreReasons()).extracting(r -> r.code()).containsExactly("C01");
  }

  @Test
  void decide_limitCappedAtRequestedAmount() {
    CreditFile f = clean();
    f = PolicyFixtures.file(PolicyFixtures.application(ProductType.PERSONAL_LOAN, "50000", 12, "12",
        AgeBand.AGE_25_34), f.bureauReport(), f.documents());
    assertThat(decide(f).approvedLimit()).contains(Money.of("50000.00", Money.CNY));
  }

  @Test
  void decide_zeroRateLoanIsInstalmentTimesTerm() {
    // 7000 * 12 = 84000.00.
    CreditFile f = PolicyFixtures.file(PolicyFixtures.application(ProductType.PERSONAL_LOAN, "100000", 12, "0",
        AgeBand.AGE_25_34), clean().bureauReport(), clean().documents());
    assertThat(decide(f).approvedLimit()).contains(Money.of("84000.00", Money.CNY));
  }

  @Test
  void decide_cardLimitByMinimumPaymentRule() {
    // 7000 / 0.05 = 140000.00, below the 200000 asked.
    CreditFile f = PolicyFixtures.file(PolicyFixtures.application(ProductType.CARD, "200000", 12, "18",
        AgeBand.AGE_25_34), clean().bureauReport(), clean().documents());
    assertThat(decide(f).approvedLimit()).contains(Money.of("140000.00", Money.CNY));
  }

  @Test
  void decide_cardLimitByMultipleRule() {
    // 7000 * 3 = 21000.00.
    DecisionPolicy p = DecisionPolicy.parse(PolicyFixtures.POLICY.replace(
        "\"rule\": \"MIN_PAYMENT\", \"minPaymentRate\": 0.05", "\"rule\": \"MULTIPLE\", \"multiple\": 3"),
        PolicyFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER);
    CreditFile f = PolicyFixtures.file(PolicyFixtures.application(ProductType.CARD, "200000", 12, "18",
        AgeBand.AGE_25_34), clean().bureauReport(), clean().documents());
    assertThat(p.decide(f, vector(), score(650, "A"), AS_OF).approvedLimit()).contains(Money.of("21000.00", Money.CNY));
  }

  @Test
  void decide_noAffordabilityDeclines() {
    // 20000*0.5 - 10000 = 0: nothing affordable.
    Decision d = policy().decide(clean(), vector(20000, 10000, 0.95, 12), score(650, "A"), AS_OF);
    assertThat(d).isInstanceOf(Decline.class);
    assertThat(codes(d)).containsExactly("AF_NO_CAPACITY");
  }

  @Test
  void decide_activeBankruptcyKnocksOut() {
    Decision d = decide(withRecord(PublicRecordType.BANKRUPTCY, LocalDate.of(2024, 1, 1), Optional.empty()));
    assertThat(d).isInstanceOf(Decline.class);
    assertThat(codes(d)).containsExactly("KO_BANKRUPTCY_OR_IVA");
    assertThat(d.rules().get(0).messageZh()).isEqualTo("存在未解除的破产或个人自愿安排记录");
  }

  @Test
  void decide_activeIvaKnocksOut() {
    Decision d = decide(withRecord(PublicRecordType.IVA, LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2027, 1, 1))));
    assertThat(codes(d)).containsExactly("KO_BANKRUPTCY_OR_IVA");
  }

  @Test
  void decide_bankruptcyDischargedBeforeAsOfDoesNotKnockOut() {
    Decision d = decide(withRecord(PublicRecordType.BANKRUPTCY, LocalDate.of(2015, 1, 1),
        Optional.of(LocalDate.of(2019, 1, 1))));
    assertThat(d).isInstanceOf(Approve.class);
  }

  @Test
  void decide_chargeOffWithinYearsKnocksOut() {
    CreditFile f = PolicyFixtures.file(PolicyFixtures.loan(), Optional.of(PolicyFixtures.report(
        List.of(PolicyFixtures.card(PaymentStatus.CHARGED_OFF, YearMonth.of(2022, 3))), List.of())), clean().documents());
    Decision d = decide(f);
    assertThat(codes(d)).containsExactly("KO_CHARGE_OFF");
    assertThat(d.rules().get(0).messageEn()).isEqualTo("An account was charged off within the last 5 years");
    assertThat(d.rules().get(0).messageZh()).isEqualTo("近5年内有账户被撇账");
  }

  @Test
  void decide_chargeOffOlderThanWindowIgnored() {
    // 2021-11 is exactly 5 years before 2026-11: outside the window (2021-12 .. 2026-11).
    CreditFile f = PolicyFixtures.file(PolicyFixtures.loan(), Optional.of(PolicyFixtures.report(
        List.of(PolicyFixtures.card(PaymentStatus.CHARGED_OFF, YearMonth.of(2021, 11))), List.of())), clean().documents());
    assertThat(decide(f)).isInstanceOf(Approve.class);
  }

  @Test
  void decide_failedDocumentKnocksOut() {
    CreditFile f = clean().withDocuments(List.of(PolicyFixtures.document("DOC-1", VerificationStatus.VERIFIED),
        PolicyFixtures.document("DOC-2", VerificationStatus.FAILED)));
    Decision d = decide(f);
    assertThat(d).isInstanceOf(Decline.class);
    assertThat(codes(d)).containsExactly("KO_DOCUMENT_FAILED");
  }

  @Test
  void decide_under18KnocksOut() {
    CreditFile f = PolicyFixtures.file(PolicyFixtures.application(ProductType.PERSONAL_LOAN, "100000", 12, "12",
        AgeBand.UNDER_18), clean().bureauReport(), clean().documents());
    assertThat(codes(decide(f))).containsExactly("KO_UNDER_18");
  }

  @Test
  void decide_unverifiedDocumentRefers() {
    CreditFile f = clean().withDocuments(List.of(PolicyFixtures.document("DOC-1", VerificationStatus.UNVERIFIED)));
    Decision d = decide(f);
    assertThat(d).isInstanceOf(Refer.class);
    assertThat(codes(d)).containsExactly("RF_DOCUMENT_UNVERIFIED");
  }

  @Test
  void decide_noDocumentsRefers() {
    assertThat(codes(decide(clean().withDocuments(List.of())))).containsExactly("RF_NO_DOCUMENTS");
  }

  @Test
  void decide_missingIncomeRefers() {
    Decision d = policy().decide(clean(), vector(Double.NaN, 3000, 0.95, 12), score(700, "A"), AS_OF);
    assertThat(d).isInstanceOf(Refer.class);
    assertThat(codes(d)).containsExactly("RF_INCOME_MISSING");
  }

  @Test
  void decide_thinFileWithoutEnoughAlternativeDataRefers() {
    CreditFile thin = PolicyFixtures.file(PolicyFixtures.loan(), Optional.empty(), clean().documents());
    Decision d = policy().decide(thin, vector(20000, 3000, 0.95, Double.NaN), score(700, "A"), AS_OF);
    assertThat(codes(d)).containsExactly("RF_THIN_FILE");
    assertThat(d.audit().subjectPseudonym()).isEmpty();
  }

  @Test
  void decide_thinFileWithEnoughAlternativeDataApproves() {
    CreditFile thin = PolicyFixtures.file(PolicyFixtures.loan(), Optional.empty(), clean().documents());
    assertThat(policy().decide(thin, vector(), score(700, "A"), AS_OF)).isInstanceOf(Approve.class);
  }

  @Test
  void decide_pointsBands() {
    assertThat(policy().decide(clean(), vector(), score(620, "A"), AS_OF)).isInstanceOf(Approve.class);
    Decision refer = policy().decide(clean(), vector(), score(619.99, "A"), AS_OF);
    assertThat(codes(refer)).containsExactly("SC_REFER");
    assertThat(policy().decide(clean(), vector(), score(580, "A"), AS_OF)).isInstanceOf(Refer.class);
    Decision decline = policy().decide(clean(), vector(), score(579.99, "A"), AS_OF);
    assertThat(decline).isInstanceOf(Decline.class);
    assertThat(codes(decline)).containsExactly("SC_DECLINE");
  }

  @Test
  void decide_allRulesHitAreReportedInOrder() {
    CreditFile f = PolicyFixtures.file(PolicyFixtures.application(ProductType.PERSONAL_LOAN, "100000", 12, "12",
        AgeBand.UNDER_18), Optional.empty(), List.of(PolicyFixtures.document("DOC-1", VerificationStatus.UNVERIFIED)));
    Decision d = policy().decide(f, vector(Double.NaN, 3000, Double.NaN, Double.NaN), score(500, "D"), AS_OF);
    assertThat(d).isInstanceOf(Decline.class);
    assertThat(codes(d)).containsExactly("KO_UNDER_18", "RF_DOCUMENT_UNVERIFIED", "RF_INCOME_MISSING",
        "RF_THIN_FILE", "SC_DECLINE");
  }
}
