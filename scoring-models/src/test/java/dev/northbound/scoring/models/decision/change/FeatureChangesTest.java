package dev.northbound.scoring.models.decision.change;

import static dev.northbound.scoring.models.decision.change.ChangeFixtures.thinValues;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureChangesTest {

  private static final FeatureVector THIN = vector(thinValues(), MissingReason.NO_HISTORY);

  /** The features whose value or missingness differ, as name to new value (NaN when missing). */
  private static Map<String, Double> diff(FeatureVector before, FeatureVector after) {
    Map<String, Double> d = new LinkedHashMap<>();
    double[] a = before.toArray();
    double[] b = after.toArray();
    for (int i = 0; i < a.length; i++) {
      if (Double.compare(a[i], b[i]) != 0 || !before.missingReason(i).equals(after.missingReason(i))) {
        d.put(before.schema().name(i), b[i]);
      }
    }
    return d;
  }

  private static Map<String, Double> change(DocumentAction a, int amount) {
    return diff(THIN, FeatureChanges.apply(a, THIN, amount).orElseThrow());
  }

  @Test
  void apply_mpfMonthsOnAFileWithoutMpf() {
    assertThat(change(DocumentAction.MPF_MONTHS, 3)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "mpf_contribution_months", 3.0, "verified_income_months_12m", 7.0, "verified_income_months_24m", 7.0,
        "has_mpf", 1.0, "alternative_source_count", 3.0));
  }

  @Test
  void apply_socialInsuranceMonthsAddToPresentCountsAndRaiseAlternativeMonths() {
    // 4 months present: 4 + 8 = 12 (12m and 24m), alternative_data_months max(10, 8) = 10; has_social_insurance
    // was already 1, so the source count stays.
    assertThat(change(DocumentAction.SOCIAL_INSURANCE_MONTHS, 8)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "social_insurance_months", 12.0, "verified_income_months_12m", 12.0, "verified_income_months_24m", 12.0));
  }

  @Test
  void apply_taxAssessmentLeavesIncomeAlone() {
    Map<String, Double> values = thinValues();
    values.remove("verified_monthly_income");
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    assertThat(diff(v, FeatureChanges.apply(DocumentAction.TAX_ASSESSMENT, v, 1).orElseThrow()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("tax_record_years", 1.0, "tax_filed_on_time_share", 1.0,
            "tax_paid_on_time_share", 1.0, "has_tax_records", 1.0, "alternative_source_count", 3.0));
  }

  @Test
  void apply_rentRecord() {
    // late_bill_count_12m and max_days_late are present (0) in the thin vector: unchanged.
    assertThat(change(DocumentAction.RENT_RECORD, 12)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "rent_on_time_ratio", 1.0, "late_rent_count_12m", 0.0, "has_rent", 1.0, "alternative_source_count", 3.0,
        "alternative_data_months", 12.0));
  }

  @Test
  void apply_utilityBillsAlreadyPresentOnlyRaiseAlternativeMonths() {
    assertThat(change(DocumentAction.UTILITY_BILLS, 12)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "alternative_data_months", 12.0));
  }

  @Test
  void apply_telecomBills() {
    assertThat(change(DocumentAction.TELECOM_BILLS, 12)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "telecom_on_time_ratio", 1.0, "has_telecom_bills", 1.0, "alternative_source_count", 3.0,
        "alternative_data_months", 12.0));
  }

  @Test
  void apply_documentsWithoutFeaturesChangeNothing() {
    assertThat(FeatureChanges.apply(DocumentAction.HK_BUREAU_REPORT, THIN, 1)).isEmpty();
    assertThat(FeatureChanges.apply(DocumentAction.CONSENT, THIN, 1)).isEmpty();
    assertThat(FeatureChanges.apply(DocumentAction.VERIFIED_DOCUMENTS, THIN, 1)).isEmpty();
  }

  @Test
  void apply_featureMissingForAnotherReasonIsLeftAlone() {
    // The MPF months are missing for want of consent: their value is unknown, so only has_mpf (present 0)
    // and the shared counts change.
    FeatureVector v = vector(thinValues(), MissingReason.NO_HISTORY,
        Map.of("mpf_contribution_months", MissingReason.NO_CONSENT));
    assertThat(diff(v, FeatureChanges.apply(DocumentAction.MPF_MONTHS, v, 2).orElseThrow()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("verified_income_months_12m", 6.0,
            "verified_income_months_24m", 6.0, "has_mpf", 1.0, "alternative_source_count", 3.0));
  }

  @Test
  void amounts_monthsUpToTheUncoveredMonthsOfTheLastYear() {
    assertThat(FeatureChanges.amounts(DocumentAction.MPF_MONTHS, THIN)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    Map<String, Double> values = thinValues();
    values.put("verified_income_months_12m", 12.0);
    assertThat(FeatureChanges.amounts(DocumentAction.SOCIAL_INSURANCE_MONTHS,
        vector(values, MissingReason.NO_HISTORY))).isEmpty();
    assertThat(FeatureChanges.amounts(DocumentAction.RENT_RECORD, THIN)).containsExactly(12);
    assertThat(FeatureChanges.amounts(DocumentAction.TAX_ASSESSMENT, THIN)).containsExactly(1);
  }

  @Test
  void textEn_oneMonthIsSingular() {
    assertThat(DocumentAction.MPF_MONTHS.textEn(1)).isEqualTo("1 more month of MPF contributions");
    assertThat(DocumentAction.MPF_MONTHS.textEn(11)).isEqualTo("11 more months of MPF contributions");
    assertThat(DocumentAction.SOCIAL_INSURANCE_MONTHS.textEn(1))
        .isEqualTo("1 more month of mainland social-insurance contributions");
  }
}
