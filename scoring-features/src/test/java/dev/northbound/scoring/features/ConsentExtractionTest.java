package dev.northbound.scoring.features;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.features.Fixtures.AS_OF;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Extraction with a consent scope: only granted sources are read, the others' features are NO_CONSENT. */
class ConsentExtractionTest {

  private static final String BANK = "BANK-QH-001";
  private static final ConsentScope SCOPE = new ConsentScope(BANK, ConsentPurpose.CREDIT_APPLICATION, true);
  private static final FeatureExtractor STANDARD = StandardFeatures.extractor();

  /** SUBJECT's consent to BANK, in force from 2026-01-01 to 2026-12-31 (the application is dated 2026-06-15). */
  private static Consent consent(Optional<LocalDate> withdrawn, DataSource... sources) {
    return new Consent("CNS-1", "subject-1", BANK, ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.PERSONAL_LOAN), Set.of(sources), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        withdrawn, true);
  }

  /**
   * Bureau (one open card, HKD 2,000.00 on a HKD 10,000.00 limit), a tax record (HKD 240,000.00,
   * assessed 2026-03-01), one MPF month (HKD 1,500.00 each side: income at the HKD 30,000.00 cap),
   * an electricity bill and two rent payments, all before the as-of date 2026-06-15.
   */
  private static CreditFileBuilder thickFile() {
    return CreditFileBuilder.create()
        .account(Fixtures.card("c1", hkd("10000.00"), hkd("2000.00"), hkd("0.00"), LocalDate.of(2024, 1, 10),
            Fixtures.history(YearMonth.of(2026, 3), "C", "C", "C")))
        .tax(Fixtures.tax(2025, hkd("240000.00"), LocalDate.of(2026, 3, 1), true, true))
        .mpf(Fixtures.mpf(YearMonth.of(2026, 5), "1500.00", "1500.00"))
        .bill(Fixtures.bill(BillKind.ELECTRICITY, YearMonth.of(2026, 4), LocalDate.of(2026, 4, 18)))
        .rent(Fixtures.rent(YearMonth.of(2026, 4), LocalDate.of(2026, 4, 1)))
        .rent(Fixtures.rent(YearMonth.of(2026, 5), LocalDate.of(2026, 5, 3)));
  }

  private static ExtractionContext scoped() {
    return Fixtures.context().withConsent(SCOPE);
  }

  private static List<String> noConsent(FeatureVector v) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (v.missingReason(i).equals(Optional.of(MissingReason.NO_CONSENT))) {
        names.add(v.schema().definition(i).name());
      }
    }
    return names;
  }

  @Test
  void extract_consentForBureauAndTaxOnly_otherSourcesNoConsent() {
    CreditFile file = thickFile().build().withConsents(List.of(consent(Optional.empty(), HK_BUREAU, TAX)));
    FeatureVector v = STANDARD.extract(file, scoped());
    FeatureVector all = STANDARD.extract(file, Fixtures.context());

    assertThat(noConsent(v)).containsExactly(
        "mpf_monthly_income", "mpf_income_censored",
        "income_cv_12m", "verified_income_months_12m", "verified_income_months_24m",
        "longest_contribution_gap_months", "months_since_last_contribution",
        "utility_on_time_ratio", "telecom_on_time_ratio", "rent_on_time_ratio", "late_bill_count_12m",
        "late_rent_count_12m", "max_days_late",
        "alternative_data_months", "mpf_contribution_months",
        "has_utility_bills", "has_telecom_bills", "has_rent", "has_mpf");
    // Without the scope the MPF income (HKD 30,000.00 x 0.90 = CNY 27,000.00) is the verified income;
    // with it only the tax income counts: HKD 240,000.00 x 0.90 / 12 = CNY 18,000.00.
    assertThat(value(all, "verified_monthly_income")).isEqualTo(27000.00);
    assertThat(value(v, "verified_monthly_income")).isEqualTo(18000.00);
    assertThat(value(v, "tax_monthly_income")).isEqualTo(18000.00);
    assertThat(value(v, "declared_to_verified_income_ratio")).isCloseTo(20000.0 / 18000.0, within(1e-12));
    // Card payment max(0.03 x CNY 1,800.00, CNY 50.00) = CNY 54.00, plus the requested annuity
    // 100,000 x 0.01 / (1 - 1.01^-12) = CNY 8,884.88.
    assertThat(value(v, "requested_monthly_instalment")).isEqualTo(8884.88);
    assertThat(value(v, "monthly_debt_service")).isEqualTo(8938.88);
    assertThat(value(v, "debt_to_income_ratio")).isCloseTo(8938.88 / 18000.0, within(1e-12));
    assertThat(value(v, "residual_monthly_income")).isCloseTo(9061.12, within(1e-9));
    assertThat(value(v, "tax_filed_on_time_share")).isEqualTo(1.0);
    assertThat(value(v, "has_tax_records")).isEqualTo(1.0);
    assertThat(value(v, "tax_record_years")).isEqualTo(1.0);
    assertThat(value(all, "alternative_source_count")).isEqualTo(4.0);
    assertThat(value(v, "alternative_source_count")).isEqualTo(1.0);
    // Social insurance is not in the file: nothing was withheld, the reason is today's.
    assertThat(missing(v, "social_insurance_monthly_base")).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "has_social_insurance")).isEqualTo(0.0);
    assertThat(value(v, "has_bureau_file")).isEqualTo(1.0);
    // Every bureau-only feature reads the same as without a scope.
    for (int i = 0; i < v.size(); i++) {
      if (STANDARD.sourcesOf(i).equals(EnumSet.of(HK_BUREAU))) {
        assertThat(v.missingReason(i)).as(v.schema().definition(i).name()).isEqualTo(all.missingReason(i));
        if (!v.isMissing(i)) {
          assertThat(v.value(i)).as(v.schema().definition(i).name()).isEqualTo(all.value(i));
        }
      }
    }
  }

  @Test
  void extract_consentWithdrawnOnTheApplicationDate_everythingPresentWithheld() {
    CreditFile file = thickFile().build().withConsents(List.of(consent(Optional.of(AS_OF),
        DataSource.values())));
    FeatureVector v = STANDARD.extract(file, scoped());
    // 66 features; only those reading nothing the file holds stay: the requested instalment (no
    // source) and the three social-insurance features (no social insurance in the file).
    assertThat(noConsent(v)).hasSize(62);
    assertThat(value(v, "requested_monthly_instalment")).isEqualTo(8884.88);
    assertThat(missing(v, "social_insurance_monthly_base")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "social_insurance_months")).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "has_social_insurance")).isEqualTo(0.0);
    assertThat(missing(v, "has_bureau_file")).contains(MissingReason.NO_CONSENT);
    assertThat(missing(v, "monthly_debt_service")).contains(MissingReason.NO_CONSENT);
  }

  @Test
  void extract_noConsentsAtAll_sameAsWithdrawn() {
    CreditFile file = thickFile().build();
    CreditFile withdrawn = file.withConsents(List.of(consent(Optional.of(AS_OF), DataSource.values())));
    assertThat(STANDARD.extract(file, scoped())).isEqualTo(STANDARD.extract(withdrawn, scoped()));
  }

  @Test
  void extract_thinFileWithoutBureauConsent_hasBureauFileStaysZero() {
    CreditFile file = CreditFileBuilder.create()
        .tax(Fixtures.tax(2025, hkd("240000.00"), LocalDate.of(2026, 3, 1), true, true))
        .build().withConsents(List.of(consent(Optional.empty(), TAX)));
    FeatureVector v = STANDARD.extract(file, scoped());
    assertThat(value(v, "has_bureau_file")).isEqualTo(0.0);
    assertThat(missing(v, "tradeline_count")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "total_outstanding_debt")).contains(MissingReason.NO_BUREAU_FILE);
    // Without a bureau file the existing part is the declared obligations (CNY 0.00).
    assertThat(value(v, "monthly_debt_service")).isEqualTo(8884.88);
    assertThat(noConsent(v)).isEmpty();
    assertThat(v).isEqualTo(STANDARD.extract(file, Fixtures.context()));
  }

  @Test
  void extract_noScope_identicalToAScopeGrantingEverythingAndToAFileWithoutConsents() {
    CreditFile bare = thickFile().build();
    CreditFile withConsent = bare.withConsents(List.of(consent(Optional.of(AS_OF), DataSource.values())));
    FeatureVector today = STANDARD.extract(bare, Fixtures.context());
    assertThat(STANDARD.extract(withConsent, Fixtures.context())).isEqualTo(today);
    CreditFile granting = bare.withConsents(List.of(consent(Optional.empty(), DataSource.values())));
    assertThat(STANDARD.extract(granting, scoped())).isEqualTo(today);
    assertThat(noConsent(today)).isEmpty();
  }

  @Test
  void extract_consentOfAnotherBank_withheld() {
    CreditFile file = thickFile().build().withConsents(List.of(consent(Optional.empty(), DataSource.values())));
    ExtractionContext other = Fixtures.context()
        .withConsent(new ConsentScope("BANK-SZ-002", ConsentPurpose.CREDIT_APPLICATION, true));
    assertThat(noConsent(STANDARD.extract(file, other))).hasSize(62);
  }

  @Test
  void extract_consentCheckedOnTheApplicationDateNotTheAsOfDate() {
    // In force on the application date (2026-06-15), expired by the as-of date 2027-01-10.
    CreditFile file = thickFile().build().withConsents(List.of(consent(Optional.empty(), DataSource.values())));
    ExtractionContext later = ExtractionContext.of(LocalDate.of(2027, 1, 10), Fixtures.context().rates())
        .withConsent(SCOPE);
    assertThat(noConsent(STANDARD.extract(file, later))).isEmpty();
  }
}
