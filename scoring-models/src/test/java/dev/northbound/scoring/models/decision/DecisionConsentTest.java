package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.PolicyFixtures.clean;
import static dev.northbound.scoring.models.decision.PolicyFixtures.score;
import static dev.northbound.scoring.models.decision.PolicyFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.testing.TestSchemas;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consent section: the example policy's features are outside the standard catalogue, so the
 * decision needs every source; the clean file holds one, the HK bureau report (application date
 * 2026-11-01).
 */
class DecisionConsentTest {

  static final String BANK = "BANK-QH-001";
  static final String POLICY = PolicyFixtures.POLICY.replace("\"knockOuts\"",
      "\"consent\": {\"bank\": \"" + BANK + "\", \"purpose\": \"CREDIT_APPLICATION\", \"crossBorder\": true},"
          + " \"knockOuts\"");
  static final DecisionPolicy CONSENT_POLICY = DecisionPolicy.parse(POLICY, PolicyFixtures.SCHEMA,
      PolicyFixtures.PSEUDONYMISER);

  static Consent consent(ConsentPurpose purpose, LocalDate expires, Optional<LocalDate> withdrawn) {
    return new Consent("CNS-1", PolicyFixtures.SUBJECT_REF, BANK, purpose, Set.of(ProductType.PERSONAL_LOAN),
        Set.of(DataSource.HK_BUREAU), LocalDate.of(2026, 1, 1), expires, withdrawn, true);
  }

  static Consent valid() {
    return consent(ConsentPurpose.CREDIT_APPLICATION, LocalDate.of(2027, 1, 1), Optional.empty());
  }

  private static Decision decide(Consent... consents) {
    return CONSENT_POLICY.decide(clean().withConsents(List.of(consents)), vector(), score(650, "A"), AS_OF);
  }

  private static List<String> codes(Decision d) {
    return d.rules().stream().map(DecisionReason::code).toList();
  }

  @Test
  void decide_validConsentApprovesAndIsAudited() {
    Decision d = decide(valid());
    assertThat(d.approvedLimit()).contains(Money.of("78700.00", Money.CNY));
    assertThat(d.audit().consents()).containsExactly(new ConsentAudit("CNS-1", ConsentPurpose.CREDIT_APPLICATION,
        EnumSet.of(DataSource.HK_BUREAU), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    assertThat(d.audit().toString()).doesNotContain(BANK).doesNotContain(PolicyFixtures.SUBJECT_REF);
  }

  @Test
  void decide_expiredConsentRefers() {
    // Expired on 2026-10-31, the day before the application.
    Decision d = decide(consent(ConsentPurpose.CREDIT_APPLICATION, LocalDate.of(2026, 10, 31), Optional.empty()));
    assertThat(d).isInstanceOf(Refer.class);
    assertThat(codes(d)).containsExactly("RF_CONSENT_MISSING");
    assertThat(d.rules().get(0).messageEn())
        .isEqualTo("A data source the decision needs is held without a valid consent for this bank and purpose");
    assertThat(d.rules().get(0).messageZh()).isEqualTo("决策所需的数据来源缺少本行及本用途的有效授权");
    assertThat(d.audit().consents()).isEmpty();
  }

  @Test
  void decide_consentExpiringOnTheApplicationDateStillHolds() {
    assertThat(decide(consent(ConsentPurpose.CREDIT_APPLICATION, AS_OF, Optional.empty())))
        .isInstanceOf(Approve.class);
  }

  @Test
  void decide_withdrawnConsentRefers() {
    // Withdrawn on the application date: not valid from that day on.
    Decision d = decide(consent(ConsentPurpose.CREDIT_APPLICATION, LocalDate.of(2027, 1, 1), Optional.of(AS_OF)));
    assertThat(codes(d)).containsExactly("RF_CONSENT_MISSING");
    assertThat(decide(consent(ConsentPurpose.CREDIT_APPLICATION, LocalDate.of(2027, 1, 1),
        Optional.of(AS_OF.plusDays(1))))).isInstanceOf(Approve.class);
  }

  @Test
  void decide_sourceOutsideThePurposeRefers() {
    Decision review = decide(consent(ConsentPurpose.ACCOUNT_REVIEW, LocalDate.of(2027, 1, 1), Optional.empty()));
    assertThat(codes(review)).containsExactly("RF_CONSENT_MISSING");
    Consent cardOnly = new Consent("CNS-2", PolicyFixtures.SUBJECT_REF, BANK, ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.CARD), Set.of(DataSource.HK_BUREAU), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
        Optional.empty(), true);
    assertThat(codes(decide(cardOnly))).containsExactly("RF_CONSENT_MISSING");
  }

  @Test
  void decide_noConsentOrAnotherBankRefers() {
    assertThat(codes(decide())).containsExactly("RF_CONSENT_MISSING");
    Consent other = new Consent("CNS-3", PolicyFixtures.SUBJECT_REF, "BANK-SZ-002", ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.PERSONAL_LOAN), Set.of(DataSource.HK_BUREAU), LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 1, 1), Optional.empty(), true);
    assertThat(codes(decide(other))).containsExactly("RF_CONSENT_MISSING");
  }

  @Test
  void decide_withoutTheSectionConsentIsNotChecked() {
    CreditFile noConsent = clean();
    assertThat(PolicyFixtures.policy().decide(noConsent, vector(), score(650, "A"), AS_OF))
        .isInstanceOf(Approve.class);
    assertThat(PolicyFixtures.policy().consentScope()).isEmpty();
    assertThat(CONSENT_POLICY.consentScope())
        .contains(new ConsentScope(BANK, ConsentPurpose.CREDIT_APPLICATION, true));
  }

  @Test
  void neededSources_unionOfModelsAndPolicyFeatures() {
    // Standard names: income {TAX, MPF, SOCIAL_INSURANCE}, obligations {HK_BUREAU}, utility {UTILITIES};
    // the model declares {TAX}. RENT is not needed.
    FeatureSchema schema = TestSchemas.ratios("verified_monthly_income", "existing_monthly_debt_service",
        "utility_on_time_ratio", "rent_on_time_ratio");
    DecisionPolicy p = DecisionPolicy.parse(POLICY.replace("utility_on_time_share", "utility_on_time_ratio")
        .replace(", \"rent_months_paid\"", "").replace("\"minimumPresent\": 2", "\"minimumPresent\": 1")
        .replace("monthly_debt_service_existing", "existing_monthly_debt_service"), schema, PolicyFixtures.PSEUDONYMISER);
    ModelInfo declared = new ModelInfo("m", "1", schema.fingerprint(),
        Optional.of(new DataUse(List.of("verified_monthly_income"), Set.of(DataSource.TAX))));
    assertThat(p.neededSources(List.of(declared))).containsExactly(DataSource.HK_BUREAU, DataSource.TAX,
        DataSource.MPF, DataSource.SOCIAL_INSURANCE, DataSource.UTILITIES);
    assertThat(p.neededSources(List.of(new ModelInfo("m", "1", schema.fingerprint()))))
        .containsExactlyInAnyOrder(DataSource.values());
  }

  private static void assertPolicyError(String from, String to, String message) {
    String json = POLICY.replace(from, to);
    assertThat(json).isNotEqualTo(POLICY);
    assertThatThrownBy(() -> DecisionPolicy.parse(json, PolicyFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void parse_consentSectionValidated() {
    assertPolicyError("\"CREDIT_APPLICATION\"", "\"MARKETING\"",
        "/consent/purpose: must be CREDIT_APPLICATION or ACCOUNT_REVIEW (a credit decision); found another purpose");
    assertPolicyError(", \"crossBorder\": true", "",
        "/consent/crossBorder: is required; found nothing");
    assertPolicyError("\"crossBorder\": true", "\"crossBorder\": \"yes\"",
        "/consent/crossBorder: must be true or false; found a string");
    assertPolicyError("\"" + BANK + "\"", "\" \"", "/consent/bank: must not be blank; found a blank string");
  }
}
