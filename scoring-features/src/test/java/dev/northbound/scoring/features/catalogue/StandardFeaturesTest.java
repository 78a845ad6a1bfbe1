package dev.northbound.scoring.features.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.Fixtures;
import org.junit.jupiter.api.Test;

class StandardFeaturesTest {

  @Test
  void extractor_catalogueNamesInSchemaOrder() {
    assertThat(StandardFeatures.extractor().schema().definitions()).extracting(FeatureDefinition::name).containsExactly(
        "tax_monthly_income",
        "mpf_monthly_income",
        "mpf_income_censored",
        "social_insurance_monthly_base",
        "verified_monthly_income",
        "declared_to_verified_income_ratio",
        "income_cv_12m",
        "verified_income_months_12m",
        "verified_income_months_24m",
        "longest_contribution_gap_months",
        "months_since_last_contribution",
        "total_outstanding_debt",
        "existing_monthly_debt_service",
        "requested_monthly_instalment",
        "monthly_debt_service",
        "debt_to_income_ratio",
        "residual_monthly_income",
        "revolving_utilisation",
        "max_card_utilisation",
        "total_credit_limit",
        "open_account_count",
        "cards_with_balance_count",
        "worst_status_6m",
        "worst_status_12m",
        "worst_status_24m",
        "months_30plus_dpd_24m",
        "months_60plus_dpd_24m",
        "months_90plus_dpd_24m",
        "months_since_latest_delinquency",
        "on_time_month_share",
        "current_past_due_amount",
        "charge_off_flag",
        "years_since_charge_off",
        "default_flag",
        "years_since_default",
        "bankruptcy_flag",
        "years_since_bankruptcy",
        "iva_flag",
        "years_since_iva",
        "utility_on_time_ratio",
        "telecom_on_time_ratio",
        "rent_on_time_ratio",
        "late_bill_count_12m",
        "late_rent_count_12m",
        "max_days_late",
        "tax_filed_on_time_share",
        "tax_paid_on_time_share",
        "hard_enquiries_3m",
        "hard_enquiries_6m",
        "hard_enquiries_12m",
        "accounts_opened_12m",
        "oldest_account_age_months",
        "average_account_age_months",
        "has_bureau_file",
        "tradeline_count",
        "alternative_data_months",
        "tax_record_years",
        "mpf_contribution_months",
        "social_insurance_months",
        "has_utility_bills",
        "has_telecom_bills",
        "has_rent",
        "has_tax_records",
        "has_mpf",
        "has_social_insurance",
        "alternative_source_count");
  }

  @Test
  void extractor_nameAndConfigEntersFingerprint() {
    FeatureExtractor standard = StandardFeatures.extractor();
    assertThat(standard.name()).isEqualTo("standard");
    FeatureExtractor other = StandardFeatures.extractor(FeatureConfig.builder().cardMinimumPaymentRate(0.05).build());
    assertThat(other.schema().fingerprint()).isNotEqualTo(standard.schema().fingerprint());
    assertThat(StandardFeatures.extractor(FeatureConfig.defaults()).schema()).isEqualTo(standard.schema());
  }

  @Test
  void extract_emptyFile_bureauFeaturesMissingNoBureauFile() {
    // no bureau file, no alternative data: a count of cards is missing, never 0
    FeatureExtractor standard = StandardFeatures.extractor();
    CreditFile file = CreditFileBuilder.create().build();
    FeatureBuffer buffer = FeatureBuffer.of(standard.schema());
    standard.extract(file, Fixtures.context(), buffer, 0);
    int cards = standard.schema().indexOf("cards_with_balance_count").orElseThrow();
    assertThat(buffer.missingReason(cards)).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(buffer.value(standard.schema().indexOf("has_bureau_file").orElseThrow())).isEqualTo(0.0);
    assertThat(buffer.value(standard.schema().indexOf("alternative_source_count").orElseThrow())).isEqualTo(0.0);
    for (int i = 0; i < buffer.schema().size(); i++) {
      assertThat(buffer.isMissing(i) ? buffer.missingReason(i).isPresent() : Double.isFinite(buffer.value(i)))
          .as(buffer.schema().name(i)).isTrue();
    }
  }
}
