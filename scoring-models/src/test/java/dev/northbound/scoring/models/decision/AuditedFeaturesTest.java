package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.testing.TestSchemas;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AuditedFeaturesTest {

  private static final FeatureSchema SCHEMA = TestSchemas.ratios("a", "b", "c", "d", "e", "f", "g", "h");
  private static final AuditedFeatures FEATURES = AuditedFeatures.of(SCHEMA);

  /** Values on both sides of every branch: shared whole numbers 0, 1 and 15; -0.0, 16, 2.5, -1 and missing. */
  private static FeatureVector vector() {
    return FeatureVector.of(SCHEMA, new double[] {0.0, -0.0, 1.0, 15.0, 16.0, 2.5, -1.0, 0.0},
        new byte[] {0, 0, 0, 0, 0, 0, 0, MissingReason.NO_HISTORY.code()});
  }

  private static AuditedFeature value(String name, double v) {
    return new AuditedFeature(name, OptionalDouble.of(v), Optional.empty());
  }

  @Test
  void of_equalsTheEntriesBuiltOneByOne() {
    assertThat(FEATURES.of(vector())).containsExactly(
        value("a", 0.0), value("b", -0.0), value("c", 1.0), value("d", 15.0), value("e", 16.0),
        value("f", 2.5), value("g", -1.0),
        new AuditedFeature("h", OptionalDouble.empty(), Optional.of(MissingReason.NO_HISTORY)));
  }

  @Test
  void of_negativeZeroKeptApartFromZero() {
    // OptionalDouble.equals compares with Double.compare, so -0.0 and +0.0 are different values.
    List<AuditedFeature> list = FEATURES.of(vector());
    assertThat(list.get(1)).isNotEqualTo(value("b", 0.0));
    assertThat(Double.doubleToRawLongBits(list.get(1).value().getAsDouble()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void of_wholeValuesBelowSixteenAndMissingEntriesShared() {
    List<AuditedFeature> first = FEATURES.of(vector());
    List<AuditedFeature> second = FEATURES.of(vector());
    for (int i : new int[] {0, 2, 3, 7}) {
      assertThat(second.get(i)).isSameAs(first.get(i));
    }
    for (int i : new int[] {1, 4, 5, 6}) {
      assertThat(second.get(i)).isNotSameAs(first.get(i)).isEqualTo(first.get(i));
    }
  }

  @Test
  void of_listIsImmutable() {
    List<AuditedFeature> list = FEATURES.of(vector());
    assertThatThrownBy(() -> list.add(value("x", 1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, value("x", 1))).isInstanceOf(UnsupportedOperationException.class);
  }
}
