package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.PolicyFixtures.clean;
import static dev.northbound.scoring.models.decision.PolicyFixtures.score;
import static dev.northbound.scoring.models.decision.PolicyFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.models.grade.CombinedScore;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Second look, on the example policy (points: approve at 620, refer at 580; grades A, B approve, C refers). */
class SecondLookTest {

  static final DecisionPolicy POLICY = DecisionPolicy.parse(
      PolicyFixtures.POLICY.replace("\"knockOuts\"", "\"secondLook\": true, \"knockOuts\""), PolicyFixtures.SCHEMA,
      PolicyFixtures.PSEUDONYMISER);

  /** A bureau-only score by another model on the same schema, with its own reason. */
  static ScoreResult bureauOnly(double points, String grade) {
    return new ScoreResult(new ModelInfo("gba-bureau", "1", PolicyFixtures.SCHEMA.fingerprint()), points, 0.04,
        grade, List.of(), List.of(new ReasonCode("B01", "monthly_debt_service_existing", 3, "3000 CNY",
            "Debt is high", "负债偏高")));
  }

  @Test
  void decide_thickFileKeepsTheBureauOnlyApprove() {
    // With alternative data 600 (refer band), bureau-only 650 (approve band): alternative data would
    // have lowered the outcome, so the bureau-only approve stands with the usual limit 78,700.00.
    Decision d = POLICY.decide(clean(), vector(), score(600, "B"), bureauOnly(650, "A"), AS_OF);
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.approvedLimit()).contains(Money.of("78700.00", Money.CNY));
    assertThat(d.rules()).isEmpty();
    assertThat(d.scoreReasons()).extracting(ReasonCode::code).containsExactly("B01");
    assertThat(d.audit().secondLook()).contains(new SecondLook(OptionalDouble.of(600), "B", DecisionOutcome.REFER,
        OptionalDouble.of(650), "A", DecisionOutcome.APPROVE, SecondLook.Basis.BUREAU_ONLY));
    assertThat(d.audit().models()).extracting(ModelInfo::id).containsExactly("gba-capacity", "gba-bureau");
    // The same scores without the second look: the score with alternative data refers.
    assertThat(PolicyFixtures.policy().decide(clean(), vector(), score(600, "B"), AS_OF)).isInstanceOf(Refer.class);
  }

  @Test
  void decide_alternativeDataRaisesAThickFile() {
    Decision d = POLICY.decide(clean(), vector(), score(640, "A"), bureauOnly(570, "D"), AS_OF);
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.scoreReasons()).extracting(ReasonCode::code).containsExactly("C01");
    assertThat(d.audit().secondLook().orElseThrow().used()).isEqualTo(SecondLook.Basis.WITH_ALTERNATIVE_DATA);
    assertThat(d.audit().secondLook().orElseThrow().usedBand()).isEqualTo(DecisionOutcome.APPROVE);
  }

  @Test
  void decide_thinFileIgnoresTheBureauOnlyScore() {
    // No bureau report: thin. Alternative data 560 (decline band) stands although bureau-only says approve.
    CreditFile thin = PolicyFixtures.file(PolicyFixtures.loan(), Optional.empty(), clean().documents());
    Decision d = POLICY.decide(thin, vector(), score(560, "D"), bureauOnly(650, "A"), AS_OF);
    assertThat(d).isInstanceOf(Decline.class);
    assertThat(d.rules()).extracting(DecisionReason::code).containsExactly("SC_DECLINE");
    SecondLook look = d.audit().secondLook().orElseThrow();
    assertThat(look.used()).isEqualTo(SecondLook.Basis.THIN_FILE_IGNORED_BUREAU_ONLY);
    assertThat(look.bureauOnlyBand()).isEqualTo(DecisionOutcome.APPROVE);
    assertThat(look.usedBand()).isEqualTo(DecisionOutcome.DECLINE);
  }

  @Test
  void decide_combinedScoresBandedByTheBetterGrade() {
    CombinedScore alt = new CombinedScore(score(1, "C2"), score(1, "W3"), "C", 2);
    CombinedScore bureau = new CombinedScore(bureauOnly(1, "C1"), bureauOnly(1, "W2"), "B", 1);
    Decision d = POLICY.decide(clean(), vector(), alt, bureau, AS_OF);
    assertThat(d).isInstanceOf(Approve.class);
    assertThat(d.audit().secondLook()).contains(new SecondLook(OptionalDouble.empty(), "C", DecisionOutcome.REFER,
        OptionalDouble.empty(), "B", DecisionOutcome.APPROVE, SecondLook.Basis.BUREAU_ONLY));
    assertThat(d.scoreReasons()).extracting(ReasonCode::code).containsExactly("B01", "B01");
  }

  @Test
  void decide_withoutTheOptionTheOverloadsThrow() {
    assertThat(PolicyFixtures.policy().secondLook()).isFalse();
    assertThat(POLICY.secondLook()).isTrue();
    assertThatThrownBy(() -> PolicyFixtures.policy().decide(clean(), vector(), score(600, "B"), bureauOnly(650, "A"),
        AS_OF)).isInstanceOf(IllegalStateException.class)
        .hasMessage("policy gba-personal-loan does not set secondLook, which a decision on a bureau-only score needs");
    CombinedScore c = new CombinedScore(score(1, "C1"), score(1, "W1"), "A", 0);
    assertThatThrownBy(() -> PolicyFixtures.policy().decide(clean(), vector(), c, c, AS_OF))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void decide_withoutSecondScoreNothingRecorded() {
    assertThat(POLICY.decide(clean(), vector(), score(650, "A"), AS_OF).audit().secondLook()).isEmpty();
  }
}
