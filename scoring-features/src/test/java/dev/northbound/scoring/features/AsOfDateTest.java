package dev.northbound.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import org.junit.jupiter.api.Test;

/** An applicant is never scored as of a day before applying: the extractor refuses such an as-of date. */
class AsOfDateTest {

  private static final CreditFile FILE = CreditFileBuilder.create().build(); // applied on Fixtures.AS_OF

  @Test
  void extract_asOfTheApplicationDate_accepted() {
    FeatureVector v = StandardFeatures.extractor().extract(FILE, Fixtures.context());
    assertThat(v.size()).isEqualTo(StandardFeatures.extractor().schema().size());
  }

  @Test
  void extract_asOfTheDayBeforeTheApplication_rejectedWithThePointer() {
    ExtractionContext dayBefore = new ExtractionContext(Fixtures.AS_OF.minusDays(1), Fixtures.context().reportingCurrency(),
        Fixtures.context().rates());
    assertThatThrownBy(() -> StandardFeatures.extractor().extract(FILE, dayBefore))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application/applicationDate: must not be after the as-of date; found a later date");
  }
}
