package dev.northbound.scoring.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FeatureVectorTest {

  static final FeatureSchema SCHEMA = FeatureSchema.of(List.of(
      new FeatureDefinition("dti_ratio", "Debt service over verified income.", "ratio",
          FeatureGroup.CAPACITY, RiskDirection.INCREASING),
      new FeatureDefinition("months_since_delinquency", "Months since the latest 30+ DPD month.", "months",
          FeatureGroup.WILLINGNESS, RiskDirection.DECREASING)));

  @Test
  void buffer_missingIsExplicitNotZero() {
    FeatureBuffer b = FeatureBuffer.of(SCHEMA);
    b.set(0, 0.42);
    b.setMissing(1, MissingReason.NOT_APPLICABLE);
    FeatureVector v = b.toVector();
    assertThat(v.isMissing(0)).isFalse();
    assertThat(v.value(0)).isEqualTo(0.42);
    assertThat(v.isMissing(1)).isTrue();
    assertThat(v.missingReason(1)).contains(MissingReason.NOT_APPLICABLE);
    assertThat(v.missingReason(0)).isEqualTo(Optional.empty());
    assertThat(v.get("months_since_delinquency")).isEqualTo(OptionalDouble.empty());
    assertThatThrownBy(() -> v.value(1)).hasMessage("feature months_since_delinquency is missing");
  }

  @Test
  void buffer_rejectsNaNAsValue() {
    FeatureBuffer b = FeatureBuffer.of(SCHEMA);
    assertThatThrownBy(() -> b.set(0, Double.NaN))
        .hasMessage("feature dti_ratio must be finite or explicitly missing, found NaN");
    assertThatThrownBy(() -> b.set(0, Double.POSITIVE_INFINITY))
        .hasMessage("feature dti_ratio must be finite or explicitly missing, found Infinity");
  }

  @Test
  void buffer_newIsAllMissing() {
    FeatureBuffer b = FeatureBuffer.of(SCHEMA);
    assertThat(b.missingReason(0)).contains(MissingReason.UNAVAILABLE);
    assertThat(b.missingReason(1)).contains(MissingReason.UNAVAILABLE);
  }

  @Test
  void of_checksSizes() {
    assertThatThrownBy(() -> FeatureVector.of(SCHEMA, new double[3], new byte[2]))
        .hasMessage("expected 2 values and missing codes, found 3 and 2");
  }

  @Test
  void of_copiesArrays() {
    double[] values = {1, 2};
    FeatureVector v = FeatureVector.of(SCHEMA, values, new byte[2]);
    values[0] = 99;
    assertThat(v.value(0)).isEqualTo(1.0);
  }

  @Test
  void schema_fingerprintDependsOnOrderAndDefinitions() {
    FeatureSchema reversed = FeatureSchema.of(List.of(SCHEMA.definition(1), SCHEMA.definition(0)));
    FeatureSchema sameAgain = FeatureSchema.of(SCHEMA.definitions());
    FeatureSchema otherUnit = FeatureSchema.of(List.of(
        new FeatureDefinition("dti_ratio", "Debt service over verified income.", "percent",
            FeatureGroup.CAPACITY, RiskDirection.INCREASING),
        SCHEMA.definition(1)));
    assertThat(SCHEMA.fingerprint()).hasSize(64).isEqualTo(sameAgain.fingerprint());
    assertThat(reversed.fingerprint()).isNotEqualTo(SCHEMA.fingerprint());
    assertThat(otherUnit.fingerprint()).isNotEqualTo(SCHEMA.fingerprint());
    assertThat(SCHEMA.indexOf("months_since_delinquency")).hasValue(1);
  }

  @Test
  void schema_rejectsDuplicateNames() {
    assertThatThrownBy(() -> FeatureSchema.of(List.of(SCHEMA.definition(0), SCHEMA.definition(0))))
        .hasMessage("feature name dti_ratio appears more than once");
  }

  @Test
  void definition_rejectsBadName() {
    assertThatThrownBy(() -> new FeatureDefinition("DTI", "x", "ratio", FeatureGroup.CAPACITY, RiskDirection.NONE))
        .hasMessage("feature name must match [a-z][a-z0-9_]{0,63}, found \"DTI\"");
  }
}
