package dev.northbound.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorsTest {

  /** Writes {@code base + i} at each of its positions. */
  private record Constant(String name, double base, String... features) implements FeatureExtractor {
    @Override
    public FeatureSchema schema() {
      List<FeatureDefinition> defs = new java.util.ArrayList<>();
      for (String f : features) {
        defs.add(new FeatureDefinition(f, "constant", "count", FeatureGroup.CAPACITY, RiskDirection.NONE));
      }
      return FeatureSchema.of(defs);
    }

    @Override
    public void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
      for (int i = 0; i < features.length; i++) {
        out.set(offset + i, base + i);
      }
    }
  }

  private static final CreditFile FILE = CreditFileBuilder.create().build();

  @Test
  void compose_concatenatesSchemasAndWritesAtOffsets() {
    FeatureExtractor c = FeatureExtractors.compose(List.of(new Constant("a", 10, "x", "y"), new Constant("b", 20, "z")));
    assertThat(c.name()).isEqualTo("a+b");
    assertThat(c.schema().definitions()).extracting(FeatureDefinition::name).containsExactly("x", "y", "z");
    FeatureVector v = c.extract(FILE, Fixtures.context());
    assertThat(v.toArray()).containsExactly(10.0, 11.0, 20.0);
  }

  @Test
  void compose_nestedAtOffsetInLargerBuffer() {
    FeatureExtractor inner = FeatureExtractors.compose("inner", List.of(new Constant("b", 20, "z", "w")));
    FeatureExtractor outer = FeatureExtractors.compose(List.of(new Constant("a", 10, "x"), inner));
    FeatureBuffer buffer = FeatureBuffer.of(outer.schema());
    outer.extract(FILE, Fixtures.context(), buffer, 0);
    assertThat(buffer.values()).containsExactly(10.0, 20.0, 21.0);
  }

  @Test
  void compose_duplicateExtractorName_rejected() {
    assertThatThrownBy(() -> FeatureExtractors.compose(List.of(new Constant("a", 0, "x"), new Constant("a", 0, "y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extractor name a appears more than once");
  }

  @Test
  void compose_duplicateFeatureName_rejected() {
    assertThatThrownBy(() -> FeatureExtractors.compose(List.of(new Constant("a", 0, "x"), new Constant("b", 0, "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature name x appears more than once");
  }

  @Test
  void compose_empty_rejected() {
    assertThatThrownBy(() -> FeatureExtractors.compose(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a composite extractor needs at least one part");
  }

  @Test
  void extract_bufferTooSmall_rejected() {
    FeatureExtractor c = FeatureExtractors.compose(List.of(new Constant("a", 0, "x", "y")));
    FeatureBuffer buffer = FeatureBuffer.of(c.schema());
    assertThatThrownBy(() -> c.extract(FILE, Fixtures.context(), buffer, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("an extractor of 2 features cannot write at offset 1 of a buffer of 2 features");
  }

  @Test
  void discover_standardProvidersInStandardOrder() {
    FeatureExtractor discovered = FeatureExtractors.discover();
    assertThat(discovered.name()).isEqualTo("discovered");
    assertThat(discovered.schema()).isEqualTo(StandardFeatures.extractor().schema());
  }
}
