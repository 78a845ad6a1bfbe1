package dev.northbound.scoring.features.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.feature.FeatureSchema;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardReasonsTest {

  @Test
  void everyStandardFeature_hasDistinctBilingualText() {
    FeatureSchema schema = StandardFeatures.extractor().schema();
    Set<String> english = new HashSet<>();
    Set<String> chinese = new HashSet<>();
    for (int i = 0; i < schema.size(); i++) {
      StandardReasons.Text t = StandardReasons.of(schema.name(i)).orElseThrow(
          () -> new AssertionError("no reason text for a standard feature"));
      assertThat(english.add(t.english())).as(t.english()).isTrue();
      assertThat(chinese.add(t.chinese())).as(t.chinese()).isTrue();
      assertThat(t.chinese()).as("Chinese text must not name the feature").doesNotContain("_");
      assertThat(t.missingEnglish()).as("missing text of %s", schema.name(i)).isNotBlank();
      assertThat(t.missingChinese()).as("missing text of %s", schema.name(i)).isNotBlank().doesNotContain("_");
    }
    assertThat(StandardReasons.features()).hasSize(schema.size());
  }

  @Test
  void of_knownText() {
    assertThat(StandardReasons.of("has_bureau_file"))
        .contains(new StandardReasons.Text("No Hong Kong credit file to assess", "无可评估的香港信用报告",
            "No Hong Kong credit file to assess", "无可评估的香港信用报告"));
    assertThat(StandardReasons.of("revolving_utilisation").orElseThrow().missingEnglish())
        .isEqualTo("No revolving credit on a Hong Kong credit file");
    assertThat(StandardReasons.of("not_a_feature")).isEmpty();
  }
}
