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
        .isInstanceOf(ModelDefinitionException.class).hasMessage("scorecard id must not be blank");
    assertThatThrownBy(() -> Scorecard.builder(schema()).initialScore(Double.NaN))
        .hasMessage("scorecard initial score: points must be finite, found NaN");
    assertThatThrownBy(() -> Scorecard.builder(schema()).addCharacteristic(
        Characteristic.of("income", "W9", "en", "zh", ScorecardFixtures.dti().bins())))
        .hasMessage("characteristic income: feature not in schema " + schema().fingerprint().substring(0, 12));
    ScorecardBuilder b = Scorecard.builder(schema()).addCharacteristic(ScorecardFixtures.dti());
    assertThatThrownBy(() -> b.addCharacteristic(ScorecardFixtures.dti()))
        .hasMessage("characteristic dti_ratio: appears twice");
    Characteristic sameCode = Characteristic.of("housing", "W01", "en", "zh", ScorecardFixtures.housing().bins());
    assertThatThrownBy(() -> b.addCharacteristic(sameCode))
        .hasMessage("characteristic housing: reason code W01 is already used by characteristic dti_ratio");
  }

  @Test
  void build_checksAgain() {
    assertThatThrownBy(() -> Scorecard.builder(schema()).id("x").build())
        .isInstanceOf(ModelDefinitionException.class).hasMessage("scorecard: version was not set");
    assertThatThrownBy(() -> ScorecardFixtures.bare(schema()).build())
        .hasMessage("scorecard: needs at least one characteristic");
    assertThatThrownBy(() -> ScorecardFixtures.bare(schema())
        .reasonCodes(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 4))
        .addCharacteristic(ScorecardFixtures.dti()).build())
        .hasMessage("characteristic dti_ratio: needs a baseline score for mode POINTS_BELOW_BASELINE");
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
