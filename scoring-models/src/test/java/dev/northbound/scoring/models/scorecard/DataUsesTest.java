package dev.northbound.scoring.models.scorecard;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.core.model.ModelInfo;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.model.ScoringModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataUsesTest {

  /** utility_on_time_ratio (UTILITIES) and worst_status_12m (HK_BUREAU). */
  private static Scorecard utilities() {
    return DataUseFixtures.bare().addCharacteristic(Characteristic.of("utility_on_time_ratio", "U01", "Late bills",
        "账单逾期", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2), Bin.missing(0))))
        .addCharacteristic(DataUseFixtures.worstStatus()).build();
  }

  /** A model of {@code schema} that declares no data use. */
  private static ScoringModel undeclared(FeatureSchema schema) {
    return new ScoringModel() {
      @Override
      public ModelInfo info() {
        return new ModelInfo("m", "1", schema.fingerprint());
      }

      @Override
      public FeatureSchema schema() {
        return schema;
      }

      @Override
      public List<String> grades() {
        return List.of("A");
      }

      @Override
      public ModelProvenance provenance() {
        return ScorecardFixtures.provenance();
      }

      @Override
      public double minScore() {
        return 0;
      }

      @Override
      public double maxScore() {
        return 1;
      }

      @Override
      public ScoreResult score(FeatureVector vector) {
        throw new UnsupportedOperationException("not scored here");
      }

      @Override
      public void score(double[] values, ScoreHolder out) {
        throw new UnsupportedOperationException("not scored here");
      }

      @Override
      public ScoreHolder newHolder() {
        return ScoreHolder.of(1, 1);
      }
    };
  }

  @Test
  void of_featuresSortedIntoSchemaOrderWithoutRepeats() {
    DataUse use = DataUses.of(DataUseFixtures.STANDARD, List.of("has_rent", "worst_status_12m", "has_rent"));
    assertThat(use).isEqualTo(new DataUse(List.of("worst_status_12m", "has_rent"), Set.of(HK_BUREAU, RENT)));
  }

  @Test
  void of_featureNotInSchema_fails() {
    assertThatThrownBy(() -> DataUses.of(DataUseFixtures.STANDARD, List.of("shoe_size")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature shoe_size is not in schema " + DataUseFixtures.STANDARD.fingerprint().substring(0, 12));
  }

  @Test
  void union_ofTwoCardsOfOneSchema_inSchemaOrder() {
    DataUse use = DataUses.union(DataUseFixtures.withRent().build(), utilities());
    // docs/features.md numbers: utility_on_time_ratio 39, between worst_status_12m (23) and rent_on_time_ratio (41)
    assertThat(use).isEqualTo(new DataUse(List.of("verified_monthly_income", "worst_status_12m",
        "utility_on_time_ratio", "rent_on_time_ratio", "has_rent"),
        EnumSet.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, UTILITIES, RENT)));
    assertThat(DataUses.union(utilities())).isEqualTo(utilities().info().dataUse().orElseThrow());
  }

  @Test
  void union_ofCardsOfTwoSchemas_inOrderOfFirstAppearance() {
    DataUse use = DataUses.union(utilities(), ScorecardFixtures.handBuilt());
    assertThat(use.features()).containsExactly("worst_status_12m", "utility_on_time_ratio", "dti_ratio",
        "months_since_delinquency", "housing");
    assertThat(use.sources()).isEqualTo(EnumSet.allOf(DataSource.class));
  }

  @Test
  void union_withAModelThatDeclaresNone_isEverything() {
    ScoringModel none = undeclared(DataUseFixtures.STANDARD);
    assertThat(DataUses.of(none).features()).hasSize(DataUseFixtures.STANDARD.size());
    assertThat(DataUses.of(none).sources()).isEqualTo(EnumSet.allOf(DataSource.class));
    assertThat(DataUses.union(utilities(), none)).isEqualTo(DataUses.of(none));
  }

  @Test
  void union_ofNoModels_readsNothing() {
    assertThat(DataUses.union(List.of())).isEqualTo(new DataUse(List.of(), Set.of()));
  }
}
