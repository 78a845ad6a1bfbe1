package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.PolicyFixtures.clean;
import static dev.northbound.scoring.models.decision.PolicyFixtures.policy;
import static dev.northbound.scoring.models.decision.PolicyFixtures.score;
import static dev.northbound.scoring.models.decision.PolicyFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.models.grade.CombinedScore;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DecisionAuditTest {

  @Test
  void audit_holdsPseudonymNeverSubjectRef() {
    AuditRecord a = policy().decide(clean(), vector(20000, 3000, Double.NaN, 12), score(650, "A"), AS_OF).audit();
    assertThat(a.subjectPseudonym()).contains(PolicyFixtures.PSEUDONYM);
    assertThat(a.toString()).doesNotContain(PolicyFixtures.SUBJECT_REF);
    assertThat(a.policyId()).isEqualTo("gba-personal-loan");
    assertThat(a.policyVersion()).isEqualTo("2026.11.1");
    assertThat(a.applicationId()).isEqualTo("APP-1");
    assertThat(a.documents()).containsExactly(
        new DocumentAudit("DOC-1", "SHA-256", "ab".repeat(32), VerificationStatus.VERIFIED));
    assertThat(a.models()).containsExactly(new ModelInfo("gba-capacity", "1", PolicyFixtures.SCHEMA.fingerprint()));
    assertThat(a.schemaFingerprint()).isEqualTo(PolicyFixtures.SCHEMA.fingerprint());
    assertThat(a.asOf()).isEqualTo(AS_OF);
    assertThat(a.reportingCurrency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(a.features()).hasSize(4);
    assertThat(a.features().get(0).value()).isEqualTo(OptionalDouble.of(20000));
    assertThat(a.features().get(2).missingReason()).contains(MissingReason.NO_HISTORY);
  }

  @Test
  void pseudonymiser_shortKeyRejected() {
    assertThatThrownBy(() -> SubjectPseudonymiser.of(new byte[16])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key must have at least 32 bytes, found 16");
    assertThat(PolicyFixtures.PSEUDONYMISER.toString()).isEqualTo("SubjectPseudonymiser[HMAC-SHA256, key hidden]");
  }

  @Test
  void decide_combinedScoreBandedByCombinedGrade() {
    CombinedScore b = new CombinedScore(score(700, "C1"), score(640, "W2"), "B", 1);
    Decision d = policy().decide(clean(), vector(), b, AS_OF);
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.audit().models()).hasSize(2);
    assertThat(d.scoreReasons()).hasSize(2);
    assertThat(policy().decide(clean(), vector(), new CombinedScore(score(1, "C3"), score(1, "W2"), "C", 2), AS_OF))
        .isInstanceOf(Refer.class);
    assertThat(policy().decide(clean(), vector(), new CombinedScore(score(1, "C3"), score(1, "W2"), "D", 3), AS_OF))
        .isInstanceOf(Decline.class);
  }

  private static void assertPolicyError(String from, String to, String message) {
    assertThatThrownBy(() -> DecisionPolicy.parse(PolicyFixtures.POLICY.replace(from, to), PolicyFixtures.SCHEMA,
        PolicyFixtures.PSEUDONYMISER)).isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void parse_unknownFieldRejected() {
    assertPolicyError("\"maxDebtToIncome\"", "\"maxDti\"",
        "/limit/maxDti: must be a field the format defines; found an unknown field");
  }

  @Test
  void parse_featureMissingFromSchemaRejected() {
    assertPolicyError("\"incomeFeature\": \"verified_monthly_income\"", "\"incomeFeature\": \"income\"",
        "/limit/incomeFeature: must name a feature of the bound schema; found a name the schema lacks");
  }

  @Test
  void parse_badValuesRejected() {
    assertPolicyError("\"maxDebtToIncome\": 0.5", "\"maxDebtToIncome\": 1.5",
        "/limit/maxDebtToIncome: must be above 0 and at most 1; found a value outside that range");
    assertPolicyError("\"referAtOrAbove\": 580", "\"referAtOrAbove\": 640",
        "/pointsCutoffs/referAtOrAbove: must not exceed approveAtOrAbove; found a higher cutoff");
    assertPolicyError("\"chargeOffWithinYears\": 5", "\"chargeOffWithinYears\": \"five\"",
        "/knockOuts/chargeOffWithinYears: must be a whole number; found a string");
    assertPolicyError("\"rule\": \"MIN_PAYMENT\"", "\"rule\": \"HALF\"",
        "/limit/card/rule: must be MIN_PAYMENT or MULTIPLE; found another rule name");
    assertPolicyError("\"version\": \"2026.11.1\",", "",
        "/version: is required; found nothing");
  }

  @Test
  void parse_needsSomeCutoffs() {
    String json = PolicyFixtures.POLICY
        .replace("\"pointsCutoffs\": {\"approveAtOrAbove\": 620, \"referAtOrAbove\": 580},", "")
        .replace("\"gradeCutoffs\": {\"approve\": [\"A\", \"B\"], \"refer\": [\"C\"]},", "");
    assertThatThrownBy(() -> DecisionPolicy.parse(json, PolicyFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/: must define pointsCutoffs or gradeCutoffs; found neither");
  }

  @Test
  void decide_gradeCutoffsUsedWithoutPointsCutoffs() {
    DecisionPolicy p = DecisionPolicy.parse(PolicyFixtures.POLICY.replace(
        "\"pointsCutoffs\": {\"approveAtOrAbove\": 620, \"referAtOrAbove\": 580},", ""),
        PolicyFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER);
    assertThat(p.decide(clean(), vector(), score(100, "B"), AS_OF)).isInstanceOf(Approve.class);
    assertThat(p.decide(clean(), vector(), score(900, "E"), AS_OF)).isInstanceOf(Decline.class);
    assertThat(List.of(p.id(), p.version())).containsExactly("gba-personal-loan", "2026.11.1");
  }
}
