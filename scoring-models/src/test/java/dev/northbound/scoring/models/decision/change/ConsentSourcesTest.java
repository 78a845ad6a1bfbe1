package dev.northbound.scoring.models.decision.change;

import static dev.northbound.scoring.models.decision.change.ChangeFixtures.thinValues;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.MissingReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which sources a consent should cover, read from the features missing for want of one. */
class ConsentSourcesTest {

  @Test
  void of_singleSourceFeaturesNameExactlyTheWithheldSources() {
    // The file holds tax records without consent: has_tax_records (tax only) is NO_CONSENT, and so is
    // alternative_source_count (tax, MPF, social insurance, bills, rent) when tax is the only source it
    // holds. The consent to ask for covers tax records, not the four sources the file does not hold.
    Map<String, Double> values = thinValues();
    values.put("has_tax_records", Double.NaN);
    values.put("alternative_source_count", Double.NaN);
    assertThat(ConsentSources.of(vector(values, MissingReason.NO_HISTORY))).containsExactly(DataSource.TAX);
  }

  @Test
  void of_onlyMultiSourceFeaturesWithheld_namesTheirSources() {
    Map<String, Double> values = thinValues();
    values.put("alternative_source_count", Double.NaN);
    assertThat(ConsentSources.of(vector(values, MissingReason.NO_HISTORY))).containsExactly(DataSource.TAX,
        DataSource.MPF, DataSource.SOCIAL_INSURANCE, DataSource.UTILITIES, DataSource.RENT);
  }
}
