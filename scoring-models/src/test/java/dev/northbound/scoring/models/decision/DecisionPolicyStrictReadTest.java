package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.POLICY;
import static dev.northbound.scoring.models.decision.PolicyFixtures.PSEUDONYMISER;
import static dev.northbound.scoring.models.decision.PolicyFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy file means exactly one thing: the strict reader refuses what could be read two ways. */
class DecisionPolicyStrictReadTest {

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> DecisionPolicy.parse(json, SCHEMA, PSEUDONYMISER))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void parse_repeatedPointsCutoffs_rejectedInsteadOfLastOneWinning() {
    // Before: the second pointsCutoffs (0/0) silently won, and a 500-point grade-E score was approved.
    String twice = POLICY.replace("\"knockOuts\"",
        "\"pointsCutoffs\": {\"approveAtOrAbove\": 0, \"referAtOrAbove\": 0},\n  \"knockOuts\"");
    String sameOrder = POLICY.replaceFirst("(\"pointsCutoffs\": \\{[^}]*\\},)",
        "$1 \"pointsCutoffs\": {\"approveAtOrAbove\": 0, \"referAtOrAbove\": 0},");
    assertRejected(twice, "/pointsCutoffs: must not repeat a key in one object; found a repeated key");
    assertRejected(sameOrder, "/pointsCutoffs: must not repeat a key in one object; found a repeated key");
    assertRejected(POLICY.replace("\"referAtOrAbove\": 580", "\"referAtOrAbove\": 580, \"referAtOrAbove\": 0"),
        "/pointsCutoffs/referAtOrAbove: must not repeat a key in one object; found a repeated key");
    // the single policy declines that score
    assertThat(PolicyFixtures.policy().decide(PolicyFixtures.clean(), PolicyFixtures.vector(),
        PolicyFixtures.score(500, "E"), PolicyFixtures.AS_OF).outcome()).isEqualTo(DecisionOutcome.DECLINE);
  }

  @Test
  void parse_stringsWhereNumbersAreDue_rejected() {
    assertRejected(POLICY.replace("\"approveAtOrAbove\": 620", "\"approveAtOrAbove\": \"620\""),
        "/pointsCutoffs/approveAtOrAbove: must be a number; found a string");
    assertRejected(POLICY.replace("\"maxDebtToIncome\": 0.5", "\"maxDebtToIncome\": \"0.5\""),
        "/limit/maxDebtToIncome: must be a number; found a string");
    assertRejected(POLICY.replace("\"chargeOffWithinYears\": 5", "\"chargeOffWithinYears\": \"5\""),
        "/knockOuts/chargeOffWithinYears: must be a whole number; found a string");
    assertRejected(POLICY.replace("\"version\": \"2026.11.1\"", "\"version\": 2026"),
        "/version: must be a string; found a whole number");
    assertRejected(POLICY.replace("\"approve\": [\"A\", \"B\"]", "\"approve\": \"A\""),
        "/gradeCutoffs/approve: must be an array; found a string");
  }

  @Test
  void parse_byteOrderMarkUnknownFieldAndNull_rejected() {
    byte[] json = POLICY.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[json.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bom, 3, json.length);
    assertThatThrownBy(() -> DecisionPolicy.parse(bom, SCHEMA, PSEUDONYMISER))
        .hasMessage("/: must be UTF-8 without a byte-order mark; found a UTF-8 byte-order mark");
    assertRejected(POLICY.replace("\"knockOuts\": {", "\"knockOuts\": {\"bankruptcy\": true, "),
        "/knockOuts/bankruptcy: must be a field the format defines; found an unknown field");
    assertRejected(POLICY.replace("\"gradeCutoffs\": {\"approve\": [\"A\", \"B\"], \"refer\": [\"C\"]}",
        "\"gradeCutoffs\": null"), "/gradeCutoffs: must not be null (leave an optional field out instead); found null");
  }

  @Test
  void requireCompatible_gradesTheModelCannotProduce_rejected() {
    DecisionPolicy policy = PolicyFixtures.policy(); // approve A, B; refer C
    policy.requireCompatible(model(List.of("A", "B", "C", "D", "E"))); // D and E decline, as documented
    assertThatThrownBy(() -> policy.requireCompatible(model(List.of("A", "C", "D"))))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/gradeCutoffs/approve: must list only the model's grades [A, C, D]; found a grade the model"
            + " cannot produce");
    assertThatThrownBy(() -> policy.requireCompatible(model(List.of("A1", "A2"))))
        .hasMessage("/gradeCutoffs/approve: must list only the model's grades [A1, A2]; found a grade the model"
            + " cannot produce");
    assertThatThrownBy(() -> policy.requireCompatible(model(List.of("A", "B"))))
        .hasMessage("/gradeCutoffs/refer: must list only the model's grades [A, B]; found a grade the model"
            + " cannot produce");
  }

  private static ScoringModel model(List<String> grades) {
    return new ScoringModel() {
      @Override
      public ModelInfo info() {
        return new ModelInfo("m", "1", SCHEMA.fingerprint());
      }

      @Override
      public ModelProvenance provenance() {
        return ModelProvenance.of("test", "none", Instant.EPOCH, Map.of(), 0);
      }

      @Override
      public FeatureSchema schema() {
        return SCHEMA;
      }

      @Override
      public List<String> grades() {
        return grades;
      }

      @Override
      public double minScore() {
        return 0;
      }

      @Override
      public double maxScore() {
        return 1000;
      }

      @Override
      public ScoreResult score(FeatureVector vector) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void score(double[] values, ScoreHolder out) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ScoreHolder newHolder() {
        throw new UnsupportedOperationException();
      }
    };
  }
}
