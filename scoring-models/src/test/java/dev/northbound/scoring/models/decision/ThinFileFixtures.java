package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.testing.TestSchemas;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.util.List;
import java.util.Optional;

/**
 * The thin-file path's fixtures: a hand-built schema with the policy's four features and the three
 * the thin-file path reads (the names {@code features.capacity.ThinFileObligations} writes), and the
 * example policy with a {@code thinFilePath} section.
 */
final class ThinFileFixtures {
  private ThinFileFixtures() {}

  static final FeatureSchema SCHEMA = TestSchemas.ratios("verified_monthly_income", "monthly_debt_service_existing",
      "utility_on_time_share", "rent_months_paid", "declared_monthly_obligations", "rent_monthly_obligation",
      "verified_income_months_12m");

  static final String THIN_FILE_PATH = """
      "thinFilePath": {
        "obligations": {"declaredFeature": "declared_monthly_obligations", "declaredUplift": 0.2,
                        "evidencedFeatures": ["rent_monthly_obligation"], "floorShareOfIncome": 0.1},
        "evidence": [{"feature": "verified_income_months_12m", "atLeast": 6}],
        "starterLimit": {"maxAmount": 30000, "maxTermMonths": 12}
      },
      "knockOuts\"""";

  /** The example policy with {@link #THIN_FILE_PATH}. */
  static final String POLICY = PolicyFixtures.POLICY.replace("\"knockOuts\"", THIN_FILE_PATH);

  static final DecisionPolicy THIN_POLICY = DecisionPolicy.parse(POLICY, SCHEMA, PolicyFixtures.PSEUDONYMISER);

  /** The example policy without the thin-file path, on this schema. */
  static final DecisionPolicy OLD_POLICY = DecisionPolicy.parse(PolicyFixtures.POLICY, SCHEMA,
      PolicyFixtures.PSEUDONYMISER);

  /** A vector in schema order; NaN marks a missing value (reason NO_HISTORY). */
  static FeatureVector vector(double... values) {
    byte[] m = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        m[i] = MissingReason.NO_HISTORY.code();
      }
    }
    return FeatureVector.of(SCHEMA, values.clone(), m);
  }

  /** A thin file: no bureau report, one verified document. */
  static CreditFile thinFile(ProductType product, String amount, int term) {
    Application app = PolicyFixtures.application(product, amount, term, "12", AgeBand.AGE_25_34);
    return PolicyFixtures.file(app, Optional.empty(),
        List.of(PolicyFixtures.document("DOC-1", VerificationStatus.VERIFIED)));
  }

  /** A thick file (one bureau account) with the same application. */
  static CreditFile thickFile(ProductType product, String amount, int term) {
    Application app = PolicyFixtures.application(product, amount, term, "12", AgeBand.AGE_25_34);
    return PolicyFixtures.file(app, PolicyFixtures.clean().bureauReport(), PolicyFixtures.clean().documents());
  }

  static ScoreResult score(double points, String grade, Optional<DataUse> dataUse) {
    return new ScoreResult(new ModelInfo("gba-capacity", "1", SCHEMA.fingerprint(), dataUse), points, 0.05, grade,
        List.of(), List.of(new ReasonCode("C01", "verified_monthly_income", 12.5, "low", "Income is low", "收入偏低")));
  }

  static ScoreResult score(double points) {
    return score(points, "A", Optional.empty());
  }
}
