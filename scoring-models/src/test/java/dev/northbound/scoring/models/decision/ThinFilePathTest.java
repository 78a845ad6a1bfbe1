package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.OLD_POLICY;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.THIN_POLICY;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.score;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.thickFile;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.thinFile;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.money.Money;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ThinFilePathTest {

  private static final double NA = Double.NaN;

  private static List<String> codes(Decision d) {
    return d.rules().stream().map(DecisionReason::code).toList();
  }

  @Test
  void decide_thinFileApprovedWithStarterLimit() {
    // Thin (no bureau report), obligations feature missing. Obligations = max(2500 * 1.2 = 3000,
    // rent 2000, income 8000 * 0.1 = 800) = 3000. P = 8000 * 0.5 - 3000 = 1000. Starter term
    // min(24, 12) = 12 at r = 0.01: 1000 * (1 - 1.01^-12) / 0.01 = 11255.077...; below the cap
    // min(100000 asked, 30000 starter) = 30000; rounded down to 100: 11200.00 on 12 months.
    Decision d = THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 8), score(650), AS_OF);
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.approvedLimit()).contains(Money.of("11200.00", Money.CNY));
    assertThat(((Approve) d).termMonths()).isEqualTo(OptionalInt.of(12));
    assertThat(codes(d)).containsExactly("ST_STARTER_LIMIT");
    assertThat(d.rules().get(0).messageEn()).isEqualTo(
        "Thin credit file: a starter limit, capped at the policy's starter maximum, on a term of at most 12 months");
    assertThat(d.rules().get(0).messageZh()).isEqualTo("信用记录薄弱：适用起步额度，不超过政策规定的起步上限，期限不超过12个月");
  }

  @Test
  void decide_thinFileStarterLimitCappedAtMaxAmount() {
    // Obligations = max(1000 * 1.2 = 1200, rent 4000, 20000 * 0.1 = 2000) = 4000; P = 10000 - 4000 = 6000;
    // 12 months at 1%: 6000 * 11.2550774... = 67530.46...; capped at the starter maximum 30000.00.
    Decision d = THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 36),
        vector(20000, NA, 0.95, 12, 1000, 4000, 6), score(650), AS_OF);
    assertThat(d.approvedLimit()).contains(Money.of("30000.00", Money.CNY));
    assertThat(((Approve) d).termMonths()).isEqualTo(OptionalInt.of(12));
  }

  @Test
  void decide_thinFileFloorOfIncomeWinsAndCardHasNoTerm() {
    // Obligations = max(100 * 1.2 = 120, rent missing so 0, 9000 * 0.1 = 900) = 900; P = 4500 - 900 = 3600;
    // card at minimum payment 5%: 3600 / 0.05 = 72000, capped at the starter 30000; asked 25000: 25000.00.
    Decision d = THIN_POLICY.decide(thinFile(ProductType.CARD, "25000", 12),
        vector(9000, NA, 0.95, 12, 100, NA, 7), score(650), AS_OF);
    assertThat(d.approvedLimit()).contains(Money.of("25000.00", Money.CNY));
    assertThat(((Approve) d).termMonths()).isEmpty();
  }

  @Test
  void decide_thinFileWithoutEnoughEvidenceReferred() {
    Decision below = THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 5), score(650), AS_OF);
    assertThat(below).isInstanceOf(Refer.class);
    assertThat(codes(below)).containsExactly("RF_THIN_EVIDENCE");
    assertThat(below.rules().get(0).messageEn()).isEqualTo(
        "Thin credit file without the required alternative-data evidence (verified_income_months_12m >= 6)");
    assertThat(below.rules().get(0).messageZh()).isEqualTo("信用记录薄弱且缺少所需的替代数据证明（verified_income_months_12m >= 6）");
    Decision missing = THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, NA), score(650), AS_OF);
    assertThat(codes(missing)).containsExactly("RF_THIN_EVIDENCE");
  }

  @Test
  void decide_thinFileWithoutDeclaredObligationsReferred() {
    Decision d = THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, NA, 2000, 8), score(650), AS_OF);
    assertThat(codes(d)).containsExactly("RF_OBLIGATIONS_MISSING");
  }

  @Test
  void decide_thickFileIgnoresThinFilePath() {
    // One bureau account: not thin, so neither the declared obligations nor the starter limit apply.
    Decision missing = THIN_POLICY.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 0), score(650), AS_OF);
    assertThat(codes(missing)).containsExactly("RF_OBLIGATIONS_MISSING");
    // P = 4000 - 3000 = 1000 on the full 24 months: 1000 * (1 - 1.01^-24) / 0.01 = 21243.38...: 21200.00.
    Decision thick = THIN_POLICY.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, 3000, 0.95, 12, NA, NA, NA), score(650), AS_OF);
    assertThat(thick.approvedLimit()).contains(Money.of("21200.00", Money.CNY));
    assertThat(thick.rules()).isEmpty();
    assertThat(((Approve) thick).termMonths()).isEqualTo(OptionalInt.of(24));
  }

  @Test
  void decide_oldPolicyNeverApprovesThinFileWithoutObligations() {
    Decision d = OLD_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 8), score(650), AS_OF);
    assertThat(codes(d)).containsExactly("RF_OBLIGATIONS_MISSING");
  }

  @Test
  void accessors_exposeThePath() {
    assertThat(THIN_POLICY.evidenceRequirements())
        .containsExactly(new EvidenceRequirement("verified_income_months_12m", 6));
    assertThat(THIN_POLICY.starterLimit()).contains(new StarterLimit(Money.of("30000.00", Money.CNY), 12));
    assertThat(OLD_POLICY.evidenceRequirements()).isEmpty();
    assertThat(OLD_POLICY.starterLimit()).isEmpty();
    assertThat(THIN_POLICY.isThinFile(thinFile(ProductType.CARD, "1000", 12))).isTrue();
    assertThat(THIN_POLICY.isThinFile(thickFile(ProductType.CARD, "1000", 12))).isFalse();
    assertThat(THIN_POLICY.alternativeDataFeatures()).containsExactly("utility_on_time_share", "rent_months_paid");
    assertThat(THIN_POLICY.minimumAlternativePresent()).isEqualTo(2);
    assertThat(List.of(THIN_POLICY.incomeFeature(), THIN_POLICY.obligationsFeature()))
        .containsExactly("verified_monthly_income", "monthly_debt_service_existing");
  }

  private static void assertPolicyError(String from, String to, String message) {
    String json = ThinFileFixtures.POLICY.replace(from, to);
    assertThat(json).isNotEqualTo(ThinFileFixtures.POLICY);
    assertThatThrownBy(() -> DecisionPolicy.parse(json, ThinFileFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void parse_thinFilePathValidated() {
    assertPolicyError("\"declaredUplift\": 0.2", "\"declaredUplift\": -0.1",
        "/thinFilePath/obligations/declaredUplift: must be between 0 and 10; found a value outside that range");
    assertPolicyError("\"floorShareOfIncome\": 0.1", "\"floorShareOfIncome\": 1.5",
        "/thinFilePath/obligations/floorShareOfIncome: must be between 0 and 1; found a value outside that range");
    assertPolicyError("\"declaredFeature\": \"declared_monthly_obligations\"", "\"declaredFeature\": \"declared\"",
        "/thinFilePath/obligations/declaredFeature: must name a feature of the bound schema; found a name the schema lacks");
    assertPolicyError("[\"rent_monthly_obligation\"]", "[\"rent_monthly_obligation\", \"rent_monthly_obligation\"]",
        "/thinFilePath/obligations/evidencedFeatures/1: must not repeat a feature; found a repeated feature");
    assertPolicyError("{\"feature\": \"verified_income_months_12m\", \"atLeast\": 6}",
        "{\"feature\": \"income_months\", \"atLeast\": 6}",
        "/thinFilePath/evidence/0/feature: must name a feature of the bound schema; found a name the schema lacks");
    assertPolicyError("{\"feature\": \"verified_income_months_12m\", \"atLeast\": 6}", "",
        "/thinFilePath/evidence: must list at least one requirement; found an empty list");
    assertPolicyError(", \"atLeast\": 6", "",
        "/thinFilePath/evidence/0/atLeast: is required; found nothing");
    assertPolicyError("\"maxTermMonths\": 12", "\"maxTermMonths\": 0",
        "/thinFilePath/starterLimit/maxTermMonths: must be between 1 and 480; found a value outside that range");
    assertPolicyError("\"maxAmount\": 30000", "\"maxAmount\": 0.001",
        "/thinFilePath/starterLimit/maxAmount: must be positive with at most 2 decimal places; found another number");
    assertPolicyError("\"maxTermMonths\": 12", "\"maxTerm\": 12",
        "/thinFilePath/starterLimit/maxTerm: must be a field the format defines; found an unknown field");
  }

  @Test
  void parse_emptyThinFilePathRejected() {
    String json = PolicyFixtures.POLICY.replace("\"knockOuts\"", "\"thinFilePath\": {}, \"knockOuts\"");
    assertThatThrownBy(() -> DecisionPolicy.parse(json, ThinFileFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/thinFilePath: must define obligations, evidence, starterLimit or cutoffs; found none of them");
  }
}
