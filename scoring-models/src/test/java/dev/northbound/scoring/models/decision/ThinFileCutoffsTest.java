package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.score;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.thickFile;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.thinFile;
import static dev.northbound.scoring.models.decision.ThinFileFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.money.Money;
import org.junit.jupiter.api.Test;

/** The thin-file path's own score cutoffs: a thin file is banded by them, a thick file by the policy's. */
class ThinFileCutoffsTest {

  private static final double NA = Double.NaN;

  /** The thin-file policy with thin-file cutoffs 40 points below the policy's (620 / 580). */
  private static final DecisionPolicy POLICY = DecisionPolicy.parse(ThinFileFixtures.POLICY.replace(
      "\"starterLimit\": {\"maxAmount\": 30000, \"maxTermMonths\": 12}",
      "\"starterLimit\": {\"maxAmount\": 30000, \"maxTermMonths\": 12},"
          + " \"pointsCutoffs\": {\"approveAtOrAbove\": 580, \"referAtOrAbove\": 540}"),
      ThinFileFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER);

  @Test
  void decide_thinFileAtPointsTheThickCutoffsReferIsApprovedByTheThinCutoffs() {
    // 600 points: refer band of the policy (580 <= 600 < 620), approve band of the thin path (>= 580).
    // The limit is the one of ThinFilePathTest's first case: CNY 11,200.00 on 12 months.
    Decision thin = POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 8), score(600), AS_OF);
    assertThat(thin).isInstanceOf(Approve.class);
    assertThat(thin.approvedLimit()).contains(Money.of("11200.00", Money.CNY));
    assertThat(thin.rules()).extracting(DecisionReason::code).containsExactly("ST_STARTER_LIMIT");
    Decision oldCutoffs = ThinFileFixtures.THIN_POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 8), score(600), AS_OF);
    assertThat(oldCutoffs.rules()).extracting(DecisionReason::code).containsExactly("SC_REFER");
  }

  @Test
  void decide_thickFileKeepsThePolicyCutoffs() {
    Decision thick = POLICY.decide(thickFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, 1000, 0.95, 12, 2500, 2000, 8), score(600), AS_OF);
    assertThat(thick.rules()).extracting(DecisionReason::code).containsExactly("SC_REFER");
  }

  @Test
  void decide_thinFileBelowTheThinReferCutoffDeclines() {
    Decision thin = POLICY.decide(thinFile(ProductType.PERSONAL_LOAN, "100000", 24),
        vector(8000, NA, 0.95, 12, 2500, 2000, 8), score(539.99), AS_OF);
    assertThat(thin.rules()).extracting(DecisionReason::code).containsExactly("SC_DECLINE");
  }

  @Test
  void parse_thinCutoffsAreCheckedUnderTheirOwnPointer() {
    assertThatThrownBy(() -> DecisionPolicy.parse(ThinFileFixtures.POLICY.replace(
        "\"starterLimit\": {\"maxAmount\": 30000, \"maxTermMonths\": 12}",
        "\"starterLimit\": {\"maxAmount\": 30000, \"maxTermMonths\": 12},"
            + " \"pointsCutoffs\": {\"approveAtOrAbove\": 540, \"referAtOrAbove\": 580}"),
        ThinFileFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/thinFilePath/pointsCutoffs/referAtOrAbove: must not exceed approveAtOrAbove; found a higher cutoff");
  }
}
