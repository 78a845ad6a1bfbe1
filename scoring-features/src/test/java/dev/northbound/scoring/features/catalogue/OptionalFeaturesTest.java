package dev.northbound.scoring.features.catalogue;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import dev.northbound.scoring.features.FeatureExtractors;
import dev.northbound.scoring.features.Fixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The standard catalogue's sources, its pinned fingerprint, and the optional thin-file extractor composed after it. */
class OptionalFeaturesTest {

  /** The fingerprint of the 66 standard features (docs/features.md, docs/examples/scorecard.json). */
  private static final String STANDARD_FINGERPRINT =
      "d84c041ef5c082a4b87adb632b078eb2f1bba5011792c01f5fb902876d195a2b";

  @Test
  void standard_fingerprintUnchanged() {
    assertThat(StandardFeatures.extractor().schema().size()).isEqualTo(66);
    assertThat(StandardFeatures.extractor().schema().fingerprint()).isEqualTo(STANDARD_FINGERPRINT);
    assertThat(FeatureExtractors.discover().schema().fingerprint()).isEqualTo(STANDARD_FINGERPRINT);
  }

  @Test
  void standard_sourcesOfEveryFeatureFromTheTable() {
    FeatureExtractor standard = StandardFeatures.extractor();
    FeatureSchema schema = standard.schema();
    for (int i = 0; i < schema.size(); i++) {
      assertThat(standard.sourcesOf(i)).as(schema.name(i))
          .isEqualTo(FeatureSources.standard(schema.name(i)).orElseThrow());
    }
  }

  @Test
  void standard_sourcesOfSpotChecks() {
    FeatureExtractor standard = StandardFeatures.extractor();
    FeatureSchema s = standard.schema();
    assertThat(standard.sourcesOf(s.indexOf("tax_monthly_income").orElseThrow())).containsExactly(TAX);
    assertThat(standard.sourcesOf(s.indexOf("verified_monthly_income").orElseThrow()))
        .containsExactly(TAX, MPF, SOCIAL_INSURANCE);
    assertThat(standard.sourcesOf(s.indexOf("requested_monthly_instalment").orElseThrow())).isEmpty();
    assertThat(standard.sourcesOf(s.indexOf("debt_to_income_ratio").orElseThrow()))
        .containsExactly(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE);
    assertThat(standard.sourcesOf(s.indexOf("max_days_late").orElseThrow())).containsExactly(UTILITIES, RENT);
    assertThat(standard.sourcesOf(s.indexOf("has_bureau_file").orElseThrow())).containsExactly(HK_BUREAU);
    assertThat(standard.sourcesOf(65)).containsExactly(TAX, MPF, SOCIAL_INSURANCE, UTILITIES, RENT);
  }

  @Test
  void withThinFileObligations_standardFirstThenTheTwoObligations() {
    FeatureExtractor e = StandardFeatures.withThinFileObligations();
    FeatureSchema standard = StandardFeatures.extractor().schema();
    assertThat(e.name()).isEqualTo("standard+thin-file-obligations");
    assertThat(e.schema().size()).isEqualTo(68);
    for (int i = 0; i < 66; i++) {
      assertThat(e.schema().definition(i)).isEqualTo(standard.definition(i));
      assertThat(e.sourcesOf(i)).isEqualTo(StandardFeatures.extractor().sourcesOf(i));
    }
    assertThat(e.schema().name(66)).isEqualTo("declared_monthly_obligations");
    assertThat(e.schema().name(67)).isEqualTo("rent_monthly_obligation");
    assertThat(e.sourcesOf(66)).isEmpty();
    assertThat(e.sourcesOf(67)).containsExactly(RENT);
    assertThat(e.schema().fingerprint()).isNotEqualTo(STANDARD_FINGERPRINT);
  }

  @Test
  void withThinFileObligations_sameStandardValues_rentWithheldWithoutRentConsent() {
    CreditFile file = CreditFileBuilder.create()
        .tax(Fixtures.tax(2025, hkd("240000.00"), LocalDate.of(2026, 3, 1), true, true))
        .rent(Fixtures.rent(YearMonth.of(2026, 5), LocalDate.of(2026, 5, 1)))
        .build();
    FeatureVector standard = StandardFeatures.extractor().extract(file, Fixtures.context());
    FeatureVector both = StandardFeatures.withThinFileObligations().extract(file, Fixtures.context());
    for (int i = 0; i < 66; i++) {
      assertThat(both.missingReason(i)).isEqualTo(standard.missingReason(i));
      assertThat(Double.compare(both.toArray()[i], standard.toArray()[i])).as(standard.schema().name(i)).isZero();
    }
    assertThat(both.value(66)).isEqualTo(0.0);
    assertThat(both.value(67)).isEqualTo(10800.00); // HKD 12,000.00 x 0.90

    Consent taxOnly = new Consent("CNS-1", "subject-1", "BANK-QH-001", ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.PERSONAL_LOAN), Set.of(TAX), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        Optional.empty(), true);
    ExtractionContext scoped = Fixtures.context()
        .withConsent(new ConsentScope("BANK-QH-001", ConsentPurpose.CREDIT_APPLICATION, true));
    FeatureVector v = StandardFeatures.withThinFileObligations().extract(file.withConsents(List.of(taxOnly)), scoped);
    assertThat(v.value(66)).isEqualTo(0.0);
    assertThat(v.missingReason(67)).contains(MissingReason.NO_CONSENT);
    assertThat(v.missingReason(v.schema().indexOf("rent_on_time_ratio").orElseThrow()))
        .contains(MissingReason.NO_CONSENT);
    assertThat(v.value(v.schema().indexOf("verified_monthly_income").orElseThrow())).isEqualTo(18000.00);
  }

  @Test
  void optional_isTheThinFileExtractor() {
    assertThat(StandardFeatures.optional()).extracting(FeatureExtractor::name)
        .containsExactly("thin-file-obligations");
    assertThat(EnumSet.copyOf(StandardFeatures.optional().get(0).sourcesOf(1))).isEqualTo(EnumSet.of(RENT));
    assertThat(DataSource.values()).hasSize(6);
  }
}
