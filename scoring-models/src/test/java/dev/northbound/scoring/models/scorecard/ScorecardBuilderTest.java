package dev.northbound.scoring.models.scorecard;

import static dev.northbound.scoring.models.scorecard.ScorecardFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBuilderTest {

  @Test
  void setter_setTwice() {
    assertThatThrownBy(() -> Scorecard.builder(schema()).id("a").id("b"))
        .isInstanceOf(IllegalStateException.class).hasMessage("id was already set");
    assertThatThrownBy(() -> ScorecardFixtures.bare(schema()).initialScore(1))
        .isInstanceOf(IllegalStateException.class).hasMessage("initial score was already set");
  }

  @Test
  void setter_checkedAtOnce() {
    assertThatThrownBy(() -> Scorecard.builder(schema()).id(" "))
        .isInstanceOf(ModelDefinitionException.class).hasMessage("/id: must not be blank; found a blank string");
    assertThatThrownBy(() -> Scorecard.builder(schema()).initialScore(Double.NaN))
        .hasMessage("/initialScore: must be a finite number of points; found NaN");
    assertThatThrownBy(() -> Scorecard.builder(schema()).addCharacteristic(
        Characteristic.of("income", "W9", "en", "zh", ScorecardFixtures.dti().bins())))
        .hasMessage("/characteristics/0/feature: must name a feature of the schema; found a feature not in schema " + schema().fingerprint().substring(0, 12));
    ScorecardBuilder b = Scorecard.builder(schema()).addCharacteristic(ScorecardFixtures.dti());
    assertThatThrownBy(() -> b.addCharacteristic(ScorecardFixtures.dti()))
        .hasMessage("/characteristics/1/feature: must not repeat another characteristic's feature; found the feature of /characteristics/0");
    Characteristic sameCode = Characteristic.of("housing", "W01", "en", "zh", ScorecardFixtures.housing().bins());
    assertThatThrownBy(() -> b.addCharacteristic(sameCode))
        .hasMessage("/characteristics/1/reasonCode: must not repeat another characteristic's reason code; found the reason code of the characteristic for dti_ratio");
  }

  @Test
  void build_checksAgain() {
    assertThatThrownBy(() -> Scorecard.builder(schema()).id("x").build())
        .isInstanceOf(ModelDefinitionException.class).hasMessage("/version: is required; found nothing");
    assertThatThrownBy(() -> ScorecardFixtures.bare(schema()).build())
        .hasMessage("/characteristics: must hold at least one characteristic; found none");
    assertThatThrownBy(() -> ScorecardFixtures.bare(schema())
        .reasonCodes(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 4))
        .addCharacteristic(ScorecardFixtures.dti()).build())
        .hasMessage("/characteristics/0/baselineScore: is required by reason code mode POINTS_BELOW_BASELINE; found nothing");
  }

  @Test
  void build_carriesDefinition() {
    Scorecard card = ScorecardFixtures.handBuilt();
    assertThat(card.info().id()).isEqualTo("gba-willingness");
    assertThat(card.info().schemaFingerprint()).isEqualTo(schema().fingerprint());
    assertThat(card.grades()).containsExactly("A", "B", "C", "D");
    assertThat(card.reasonCodeSettings()).isEqualTo(ReasonCodeSettings.DEFAULT);
    assertThat(card.provenance().seed()).isEqualTo(42L);
    assertThat(card.characteristics()).extracting(Characteristic::feature)
        .containsExactly("dti_ratio", "months_since_delinquency", "housing");
    assertThat(card).isEqualTo(ScorecardFixtures.handBuilt()).hasSameHashCodeAs(ScorecardFixtures.handBuilt());
    assertThat(card.provenance().settings()).containsExactly(
        java.util.Map.entry("binning", "quantile"), java.util.Map.entry("pdo", "20"));
    assertThat(List.copyOf(card.provenance().settings().keySet())).containsExactly("binning", "pdo");
  }
}
