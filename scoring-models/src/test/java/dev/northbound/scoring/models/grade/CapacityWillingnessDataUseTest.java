package dev.northbound.scoring.models.grade;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.models.scorecard.DataUseFixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A combined model reads what its two sub-models read. */
class CapacityWillingnessDataUseTest {

  @Test
  void dataUse_isTheUnionOfBothSubModels() {
    // capacity on debt_to_income_ratio (HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE; docs/features.md 15),
    // willingness on worst_status_12m (HK_BUREAU; 23)
    CapacityWillingnessModel m = CapacityWillingnessModel.of(
        CapacityWillingnessModelTest.model(DataUseFixtures.STANDARD, "capacity", "debt_to_income_ratio",
            List.of("C1", "C2", "C3"), List.of(590.0, 570.0)),
        CapacityWillingnessModelTest.model(DataUseFixtures.STANDARD, "willingness", "worst_status_12m",
            List.of("W1", "W2"), List.of(590.0)),
        CapacityWillingnessModelTest.MATRIX);
    assertThat(m.dataUse()).isEqualTo(new DataUse(List.of("debt_to_income_ratio", "worst_status_12m"),
        Set.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE)));
  }

  @Test
  void dataUse_ofSubModelsOutsideTheCatalogue_isEverySource() {
    DataUse use = CapacityWillingnessModelTest.combined().dataUse();
    assertThat(use.features()).containsExactly("dti_ratio", "late_share");
    assertThat(use.sources()).isEqualTo(EnumSet.allOf(DataSource.class));
  }
}
