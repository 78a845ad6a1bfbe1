package dev.northbound.scoring.models.scorecard;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a scorecard declares it reads: features in schema order and their sources. */
class DataUseTest {

  @Test
  void info_featuresInSchemaOrderWithTheirStandardSources() {
    Scorecard card = DataUseFixtures.withRent().build();
    // docs/features.md numbers: verified_monthly_income 4, worst_status_12m 23, rent_on_time_ratio 41, has_rent 61
    DataUse expected = new DataUse(List.of("verified_monthly_income", "worst_status_12m", "rent_on_time_ratio",
        "has_rent"), EnumSet.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, RENT));
    assertThat(card.info()).isEqualTo(new ModelInfo("gba-willingness", "2026.11.1",
        DataUseFixtures.STANDARD.fingerprint(), Optional.of(expected)));
    assertThat(card.info().dataUse().orElseThrow().sources()).doesNotContain(UTILITIES);
    assertThat(card.declaredSources()).isEmpty();
  }

  @Test
  void info_featureUsedTwiceIsListedOnce() {
    Scorecard card = DataUseFixtures.bare().addCharacteristic(DataUseFixtures.rent())
        .addCharacteristic(Characteristic.of("has_rent", "D04", "No rent record", "无租金记录",
            List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1), Bin.missing(0))))
        .build();
    assertThat(card.info().dataUse()).contains(new DataUse(List.of("rent_on_time_ratio", "has_rent"), Set.of(RENT)));
  }

  @Test
  void info_applicationOnlyFeatureReadsNoSource() {
    Scorecard card = DataUseFixtures.bare().addCharacteristic(Characteristic.of("requested_monthly_instalment", "D05",
        "Large instalment", "月供偏高",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1), Bin.missing(0)))).build();
    assertThat(card.info().dataUse()).contains(new DataUse(List.of("requested_monthly_instalment"), Set.of()));
  }

  @Test
  void info_featureOutsideTheCatalogueReadsEverySource() {
    // dti_ratio, months_since_delinquency and housing are not standard features: no known sources
    DataUse use = ScorecardFixtures.handBuilt().info().dataUse().orElseThrow();
    assertThat(use.features()).containsExactly("dti_ratio", "months_since_delinquency", "housing");
    assertThat(use.sources()).isEqualTo(EnumSet.allOf(DataSource.class));
    // the interactions add age_years (schema position 1) as a partner
    assertThat(ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT).info().dataUse().orElseThrow()
        .features()).containsExactly("dti_ratio", "age_years", "months_since_delinquency", "housing");
  }

  @Test
  void dataSources_declaredOutsideTheCatalogueAreInForce() {
    Scorecard card = ScorecardFixtures.bare(ScorecardFixtures.schema()).dataSources(Set.of(TAX, MPF))
        .addCharacteristic(ScorecardFixtures.dti()).build();
    assertThat(card.info().dataUse()).contains(new DataUse(List.of("dti_ratio"), Set.of(TAX, MPF)));
    assertThat(card.declaredSources()).contains(Set.of(TAX, MPF));
  }

  @Test
  void dataSources_widerThanNeeded_areInForce() {
    Scorecard card = DataUseFixtures.withRent().dataSources(EnumSet.allOf(DataSource.class)).build();
    assertThat(card.info().dataUse().orElseThrow().sources()).isEqualTo(EnumSet.allOf(DataSource.class));
    assertThat(card.info().dataUse().orElseThrow().features())
        .containsExactly("verified_monthly_income", "worst_status_12m", "rent_on_time_ratio", "has_rent");
  }

  @Test
  void dataSources_equalToTheDerivedOnes_sameInfoButAnotherCard() {
    Scorecard derived = DataUseFixtures.withRent().build();
    Scorecard declared = DataUseFixtures.withRent().dataSources(Set.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, RENT))
        .build();
    assertThat(declared.info()).isEqualTo(derived.info());
    assertThat(declared).isNotEqualTo(derived); // its file lists the sources, the other's does not
  }

  @Test
  void dataSources_missingASourceOfAFeature_fails() {
    assertThatThrownBy(() -> DataUseFixtures.withRent().dataSources(Set.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE))
        .build()).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/dataSources: must cover the sources of every feature the model uses;"
            + " found source RENT, used by /characteristics/2/feature, not listed");
    // verified_monthly_income reads TAX, MPF and SOCIAL_INSURANCE: MPF is the first not listed
    assertThatThrownBy(() -> DataUseFixtures.withRent().dataSources(Set.of(HK_BUREAU, TAX, RENT)).build())
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/dataSources: must cover the sources of every feature the model uses;"
            + " found source MPF, used by /characteristics/1/feature, not listed");
  }

  @Test
  void dataSources_missingThePartnersSource_namesThePartner() {
    Characteristic bureauByRent = Characteristic.interaction("worst_status_12m", "rent_on_time_ratio", "D06",
        "Arrears and late rent", "欠款且租金逾期",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0), Bin.missing(0)),
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0), Bin.missing(0)),
        new double[][] {{1, 0}, {0, 0}});
    assertThatThrownBy(() -> DataUseFixtures.bare().dataSources(Set.of(HK_BUREAU)).addCharacteristic(bureauByRent)
        .build()).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/dataSources: must cover the sources of every feature the model uses;"
            + " found source RENT, used by /characteristics/0/partner, not listed");
  }

  @Test
  void dataSources_setTwice_fails() {
    ScorecardBuilder b = DataUseFixtures.bare().dataSources(Set.of(RENT));
    assertThatThrownBy(() -> b.dataSources(Set.of(RENT))).isInstanceOf(IllegalStateException.class)
        .hasMessage("data sources was already set");
  }
}
