package dev.northbound.scoring.models.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.testing.TestSchemas;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityWillingnessModelTest {

  static final FeatureSchema SCHEMA = TestSchemas.ratios("dti_ratio", "late_share");

  static final String MATRIX = """
      {"capacityGrades": ["C1", "C2", "C3"], "willingnessGrades": ["W1", "W2"],
       "combinedGrades": ["A", "B", "C", "D"],
       "cells": [["A", "B"], ["B", "C"], ["C", "D"]]}""";

  /**
   * One-characteristic scorecards, initial score 0: the feature below 0.5 scores 600 points, in
   * [0.5, 1.5) 571.1460991822207 and from 1.5 on 542.2921983644415 (600 - 28.8539… x at x = 0, 1,
   * 2: a logistic card with b = 1, 600 points at 1:1, PDO 20); a missing value scores as the worst bin. Capacity grades C1 >= 590 > C2 >=
   * 570 > C3; willingness W1 >= 590 > W2.
   */
  static Scorecard model(String id, String feature, List<String> grades, List<Double> cutoffs) {
    return model(SCHEMA, id, feature, grades, cutoffs);
  }

  static Scorecard model(FeatureSchema schema, String id, String feature, List<String> grades, List<Double> cutoffs) {
    return Scorecard.builder(schema).id(id).version("1").scaling(Scaling.of(600, 1, 20))
        .grades(RiskGrades.of(grades, cutoffs)).provenance(ScorecardFixtures.provenance())
        .addCharacteristic(Characteristic.of(feature, id + "1", "High " + feature, feature + "偏高",
            List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.5, 600),
                Bin.closedOpen(0.5, 1.5, 571.1460991822207),
                Bin.closedOpen(1.5, Double.POSITIVE_INFINITY, 542.2921983644415), Bin.missing(542.2921983644415))))
        .build();
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
    Scorecard other = model(TestSchemas.ratios("late_share"), "w", "late_share", List.of("W1", "W2"), List.of(590.0));
    assertThatThrownBy(() -> CapacityWillingnessModel.of(
        model("capacity", "dti_ratio", List.of("C1", "C2", "C3"), List.of(590.0, 570.0)), other, MATRIX))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/willingness/schemaFingerprint: must equal the capacity model's schema fingerprint;"
            + " found the fingerprint of another schema");
  }
}
