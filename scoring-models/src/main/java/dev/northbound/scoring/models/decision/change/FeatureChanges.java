package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.feature.FeatureVector;
import java.util.Optional;

/** How each action changes a vector of the standard catalogue (the table of docs/what-would-change.md). */
final class FeatureChanges {
  /** The months of a 12-month record (rent, utility or telecom bills). */
  static final int RECORD_MONTHS = 12;

  private FeatureChanges() {}

  /**
   * The amounts worth trying for an action on this vector, ascending: 1 to 12 minus
   * {@code verified_income_months_12m} for the month actions (none if the last 12 months are all
   * covered), 12 for the 12-month records, 1 for the rest.
   */
  static int[] amounts(DocumentAction action, FeatureVector vector) {
    if (action.monthsChosen()) {
      int covered = new FeatureEdit(vector).present("verified_income_months_12m").map(Double::intValue).orElse(0);
      int max = Math.max(0, 12 - covered);
      int[] n = new int[max];
      for (int i = 0; i < max; i++) {
        n[i] = i + 1;
      }
      return n;
    }
    if (action == DocumentAction.RENT_RECORD || action == DocumentAction.UTILITY_BILLS
        || action == DocumentAction.TELECOM_BILLS) {
      return new int[] {RECORD_MONTHS};
    }
    return new int[] {1};
  }

  /** The vector after bringing {@code amount} of the document, or empty if no feature changes. */
  static Optional<FeatureVector> apply(DocumentAction action, FeatureVector vector, int amount) {
    FeatureEdit e = new FeatureEdit(vector);
    switch (action) {
      case MPF_MONTHS -> months(e, amount, "mpf_contribution_months").sourceOn("has_mpf");
      case SOCIAL_INSURANCE_MONTHS -> months(e, amount, "social_insurance_months").sourceOn("has_social_insurance");
      case TAX_ASSESSMENT -> e.add("tax_record_years", 1, Double.MAX_VALUE)
          .setIfNoRecords("tax_filed_on_time_share", 1.0)
          .setIfNoRecords("tax_paid_on_time_share", 1.0)
          .sourceOn("has_tax_records");
      case RENT_RECORD -> record(e, amount, "rent_on_time_ratio", "late_rent_count_12m").sourceOn("has_rent");
      case UTILITY_BILLS -> record(e, amount, "utility_on_time_ratio", "late_bill_count_12m")
          .sourceOn("has_utility_bills");
      case TELECOM_BILLS -> record(e, amount, "telecom_on_time_ratio", "late_bill_count_12m")
          .sourceOn("has_telecom_bills");
      default -> {
        // A bureau report, a consent and verified documents change no feature the action can be sure of.
      }
    }
    return e.result();
  }

  private static FeatureEdit months(FeatureEdit e, int n, String months) {
    return e.add(months, n, Double.MAX_VALUE)
        .add("verified_income_months_12m", n, 12)
        .add("verified_income_months_24m", n, 24)
        .atLeast("alternative_data_months", n);
  }

  private static FeatureEdit record(FeatureEdit e, int months, String ratio, String lateCount) {
    return e.setIfNoRecords(ratio, 1.0)
        .setIfNoRecords(lateCount, 0)
        .setIfNoRecords("max_days_late", 0)
        .atLeast("alternative_data_months", months);
  }
}
