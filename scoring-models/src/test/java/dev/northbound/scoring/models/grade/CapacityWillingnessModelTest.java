package dev.northbound.scoring.models.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.models.scorecard.RiskGrades;
import dev.northbound.scoring.models.logistic.LogisticConfig;
import dev.northbound.scoring.models.logistic.LogisticModel;
import dev.northbound.scoring.models.logistic.RawInput;
import dev.northbound.scoring.models.logistic.ReasonText;
import dev.northbound.scoring.models.scorecard.Scaling;
import dev.northbound.scoring.models.tribuo.SyntheticCredit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityWillingnessModelTest {

  static final FeatureSchema SCHEMA = SyntheticCredit.schema("dti_ratio", "late_share");

  static final String MATRIX = """
      {"capacityGrades": ["C1", "C2", "C3"], "willingnessGrades": ["W1", "W2"],
       "combinedGrades": ["A", "B", "C", "D"],
       "cells": [["A", "B"], ["B", "C"], ["C", "D"]]}""";

  /**
   * One-input models, intercept 0, b = 1 over [0, 10]; scaling 600 at 1:1, PDO 20, so
   * points = 600 - 28.85390081777927 * x. Capacity grades C1 >= 590 > C2 >= 570 > C3;
   * willingness W1 >= 590 > W2.
   */
  static LogisticModel model(String id, String feature, List<String> grades, List<Double> cutoffs) {
    return LogisticModel.create(SCHEMA, new LogisticConfig(id, "1", 0,
        List.of(RawInput.of(feature, 1, 0, 10, 0, 0, ReasonText.of(id + "1", "High " + feature, feature + "偏高"))),
        Scaling.of(600, 1, 20), RiskGrades.of(grades, cutoffs)));
  }

  static CapacityWillingnessModel combined() {
    return CapacityWillingnessModel.of(model("capacity", "dti_ratio", List.of("C1", "C2", "C3"), List.of(590.0, 570.0)),
        model("willingness", "late_share", List.of("W1", "W2"), List.of(590.0)), MATRIX);
  }

  @Test
  void score_combinesSubGradesThroughMatrix() {
    // dti 1: 600 - 28.8539 = 571.146 -> C2; late 0: 600 -> W1; cell [C2][W1] = B (rank 1).
    CombinedScore s = combined().score(FeatureVector.of(SCHEMA, new double[] {1, 0}, new byte[2]));
    assertThat(s.capacity().grade()).isEqualTo("C2");
    assertThat(s.capacity().points()).isCloseTo(571.1460991822207, within(1e-9));
    assertThat(s.willingness().grade()).isEqualTo("W1");
    assertThat(s.grade()).isEqualTo("B");
    assertThat(s.gradeRank()).isEqualTo(1);
    assertThat(s.capacity().reasonCodes()).extracting(r -> r.code()).containsExactly("capacity1");
    assertThat(s.willingness().reasonCodes()).isEmpty();
  }

  @Test
  void score_worstCorner() {
    // dti 2 -> 542.3 (C3); late 1 -> 571.1 (W2); cell [C3][W2] = D.
    CombinedScore s = combined().score(FeatureVector.of(SCHEMA, new double[] {2, 1}, new byte[2]));
    assertThat(s.grade()).isEqualTo("D");
    assertThat(s.gradeRank()).isEqualTo(3);
  }

  @Test
  void parse_matrixLookups() {
    GradeMatrix m = GradeMatrix.parse(MATRIX);
    assertThat(m.combined("C3", "W1")).isEqualTo("C");
    assertThat(m.combinedGrades()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void parse_unknownFieldRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse(MATRIX.replace("\"cells\"", "\"cels\"")))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/cels: must be a field the format defines; found an unknown field");
  }

  @Test
  void parse_undeclaredCellLabelRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse(MATRIX.replace("[\"B\", \"C\"]", "[\"E\", \"C\"]")))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/cells/1/0: must be one of the declared combined grades; found an undeclared label");
  }

  @Test
  void parse_missingRowRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse(MATRIX.replace(", [\"C\", \"D\"]]", "]")))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/cells: must have one row per capacity grade (3); found 2 rows");
  }

  @Test
  void parse_shortRowRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse(MATRIX.replace("[\"A\", \"B\"]", "[\"A\"]")))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/cells/0: must have one cell per willingness grade (2); found 1 cells");
  }

  @Test
  void parse_missingFieldRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse("{\"capacityGrades\": [\"C1\"], \"willingnessGrades\": [\"W1\"],"
        + " \"cells\": [[\"A\"]]}"))
        .isInstanceOf(ModelDefinitionException.class).hasMessage("/combinedGrades: is required; found nothing");
  }

  @Test
  void parse_malformedJsonRejected() {
    assertThatThrownBy(() -> GradeMatrix.parse("{\"capacityGrades\": [}"))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/: must be well-formed JSON; found malformed JSON at line 1, column 21");
    // A truncated file is named as such by the shared strict reader (it was "malformed at column 21").
    assertThatThrownBy(() -> GradeMatrix.parse("{\"capacityGrades\": ["))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/: must be well-formed JSON; found JSON that ends too early");
    assertThatThrownBy(() -> GradeMatrix.parse(""))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/: must be a JSON object; found nothing");
  }

  @Test
  void of_matrixRowsMustBeCapacityGrades() {
    assertThatThrownBy(() -> CapacityWillingnessModel.of(
        model("capacity", "dti_ratio", List.of("C1", "C3", "C2"), List.of(590.0, 570.0)),
        model("willingness", "late_share", List.of("W1", "W2"), List.of(590.0)), MATRIX))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/capacityGrades: must equal the capacity model's grades in order; found a different list of 3 grades");
  }

  @Test
  void of_subModelsMustShareSchema() {
    LogisticModel other = LogisticModel.create(SyntheticCredit.schema("late_share"), new LogisticConfig("w", "1", 0,
        List.of(RawInput.of("late_share", 1, 0, 10, 0, 0, ReasonText.of("w", "w", "w"))), Scaling.of(600, 1, 20),
        RiskGrades.of(List.of("W1", "W2"), List.of(590.0))));
    assertThatThrownBy(() -> CapacityWillingnessModel.of(
        model("capacity", "dti_ratio", List.of("C1", "C2", "C3"), List.of(590.0, 570.0)), other, MATRIX))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/willingness/schemaFingerprint: must equal the capacity model's schema fingerprint;"
            + " found the fingerprint of another schema");
  }
}
