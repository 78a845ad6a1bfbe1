package dev.northbound.scoring.features.catalogue;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;

import dev.northbound.scoring.core.credit.DataSource;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sources of personal data each standard feature is computed from (the application itself is
 * not a source). A consent must cover a feature's sources for the feature to be read, and a model
 * that uses the feature declares them.
 */
public final class FeatureSources {

  private static final Map<String, Set<DataSource>> STANDARD = new HashMap<>();

  static {
    Set<DataSource> income = EnumSet.of(TAX, MPF, SOCIAL_INSURANCE);
    Set<DataSource> contributions = EnumSet.of(MPF, SOCIAL_INSURANCE);
    Set<DataSource> bureauAndIncome = EnumSet.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE);
    put(EnumSet.of(TAX), "tax_monthly_income", "tax_filed_on_time_share", "tax_paid_on_time_share",
        "tax_record_years", "has_tax_records");
    put(EnumSet.of(MPF), "mpf_monthly_income", "mpf_income_censored", "mpf_contribution_months", "has_mpf");
    put(EnumSet.of(SOCIAL_INSURANCE), "social_insurance_monthly_base", "social_insurance_months",
        "has_social_insurance");
    put(income, "verified_monthly_income", "declared_to_verified_income_ratio");
    put(contributions, "income_cv_12m", "verified_income_months_12m", "verified_income_months_24m",
        "longest_contribution_gap_months", "months_since_last_contribution");
    put(EnumSet.of(HK_BUREAU), "total_outstanding_debt", "existing_monthly_debt_service", "monthly_debt_service",
        "revolving_utilisation", "max_card_utilisation", "total_credit_limit", "open_account_count",
        "cards_with_balance_count", "worst_status_6m", "worst_status_12m", "worst_status_24m",
        "months_30plus_dpd_24m", "months_60plus_dpd_24m", "months_90plus_dpd_24m", "months_since_latest_delinquency",
        "on_time_month_share", "current_past_due_amount", "charge_off_flag", "years_since_charge_off",
        "default_flag", "years_since_default", "bankruptcy_flag", "years_since_bankruptcy", "iva_flag",
        "years_since_iva", "hard_enquiries_3m", "hard_enquiries_6m", "hard_enquiries_12m", "accounts_opened_12m",
        "oldest_account_age_months", "average_account_age_months", "has_bureau_file", "tradeline_count");
    put(EnumSet.noneOf(DataSource.class), "requested_monthly_instalment");
    put(bureauAndIncome, "debt_to_income_ratio", "residual_monthly_income");
    put(EnumSet.of(UTILITIES), "utility_on_time_ratio", "telecom_on_time_ratio", "late_bill_count_12m",
        "has_utility_bills", "has_telecom_bills");
    put(EnumSet.of(RENT), "rent_on_time_ratio", "late_rent_count_12m", "has_rent");
    put(EnumSet.of(UTILITIES, RENT), "max_days_late");
    put(EnumSet.of(UTILITIES, RENT, MPF, SOCIAL_INSURANCE), "alternative_data_months");
    put(EnumSet.of(TAX, MPF, SOCIAL_INSURANCE, UTILITIES, RENT), "alternative_source_count");
  }

  private FeatureSources() {}

  private static void put(Set<DataSource> sources, String... names) {
    Set<DataSource> fixed = Collections.unmodifiableSet(sources);
    for (String n : names) {
      if (STANDARD.put(n, fixed) != null) {
        throw new IllegalStateException("feature " + n + " is listed twice");
      }
    }
  }

  /**
   * The sources of a standard feature, or empty for a name outside the standard catalogue.
   *
   * @param feature the feature name
   */
  public static Optional<Set<DataSource>> standard(String feature) {
    return Optional.ofNullable(STANDARD.get(Objects.requireNonNull(feature, "feature")));
  }
}
