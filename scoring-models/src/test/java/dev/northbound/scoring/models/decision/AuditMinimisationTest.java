package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.OLD_POLICY;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.THIN_POLICY;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.score;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.thickFile;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.models.grade.CombinedScore;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Data minimisation: the audit keeps the features the models declare and the policy's own, in schema order. */
class AuditMinimisationTest {

  private static final FeatureVector VECTOR = vector(8000, 3000, 0.95, 12, 2500, 2000, 8);
  private static final Optional<DataUse> MONTHS_ONLY = Optional.of(new DataUse(
      List.of("verified_income_months_12m"), Set.of(DataSource.MPF, DataSource.SOCIAL_INSURANCE)));

  private static List<String> audited(DecisionPolicy policy, ScoreResult score) {
    return policy.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24), VECTOR, score, AS_OF).audit()
        .features().stream().map(AuditedFeature::name).toList();
  }

  @Test
  void audit_keepsOnlyUsedFeatures() {
    // Policy: income, obligations, utility, rent; the model: verified_income_months_12m. The declared
    // and evidenced obligations (indices 4 and 5) were not used, so they are not kept.
    Decision d = OLD_POLICY.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24), VECTOR,
        score(650, "A", MONTHS_ONLY), AS_OF);
    assertThat(d.audit().features()).extracting(AuditedFeature::name).containsExactly("verified_monthly_income",
        "monthly_debt_service_existing", "utility_on_time_share", "rent_months_paid", "verified_income_months_12m");
    assertThat(d.audit().features().get(4).value()).isEqualTo(OptionalDouble.of(8));
  }

  @Test
  void audit_thinFilePathFeaturesArePolicyFeatures() {
    assertThat(audited(THIN_POLICY, score(650, "A", Optional.of(new DataUse(List.of(), Set.of())))))
        .containsExactly("verified_monthly_income", "monthly_debt_service_existing", "utility_on_time_share",
            "rent_months_paid", "declared_monthly_obligations", "rent_monthly_obligation",
            "verified_income_months_12m");
    assertThat(audited(OLD_POLICY, score(650, "A", Optional.of(new DataUse(List.of(), Set.of())))))
        .containsExactly("verified_monthly_income", "monthly_debt_service_existing", "utility_on_time_share",
            "rent_months_paid");
  }

  @Test
  void audit_keepsEveryFeatureWhenAModelDeclaresNone() {
    assertThat(audited(OLD_POLICY, score(650))).hasSize(7);
    CombinedScore mixed = new CombinedScore(score(1, "C1", MONTHS_ONLY), score(1, "W1", Optional.empty()), "A", 0);
    Decision d = OLD_POLICY.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24), VECTOR, mixed, AS_OF);
    assertThat(d.audit().features()).hasSize(7);
  }
}
