package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.util.List;

/** Scorecards over the standard schema whose data use is known by hand, shared by the scorecard, io and grade tests. */
public final class DataUseFixtures {

  /** The standard catalogue's schema. */
  public static final FeatureSchema STANDARD = StandardFeatures.extractor().schema();

  private DataUseFixtures() {}

  /** worst_status_12m (HK_BUREAU): (-inf, 1) 20, [1, +inf) -10, missing 0. */
  public static Characteristic worstStatus() {
    return Characteristic.of("worst_status_12m", "D01", "Recent arrears", "近期有欠款",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 20), Bin.closedOpen(1, Double.POSITIVE_INFINITY, -10),
            Bin.missing(0)));
  }

  /** verified_monthly_income (TAX, MPF, SOCIAL_INSURANCE): (-inf, 20000) 0, [20000, +inf) 15, missing -5. */
  public static Characteristic income() {
    return Characteristic.of("verified_monthly_income", "D02", "Verified income is low", "核实收入偏低",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 20000, 0), Bin.closedOpen(20000, Double.POSITIVE_INFINITY, 15),
            Bin.missing(-5)));
  }

  /** The interaction has_rent × rent_on_time_ratio (both RENT). */
  public static Characteristic rent() {
    return Characteristic.interaction("has_rent", "rent_on_time_ratio", "D03", "Rent paid late", "租金逾期",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.5, 0), Bin.closedOpen(0.5, Double.POSITIVE_INFINITY, 0),
            Bin.missing(0)),
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.9, 0), Bin.closedOpen(0.9, Double.POSITIVE_INFINITY, 0),
            Bin.missing(0)),
        new double[][] {{0, 0, 0}, {-8, 6, 0}, {0, 0, 0}});
  }

  /** The builder of a card over the standard schema, without characteristics. */
  public static ScorecardBuilder bare() {
    return ScorecardFixtures.bare(STANDARD);
  }

  /** worst_status_12m, verified_monthly_income, has_rent × rent_on_time_ratio, in that order. */
  public static ScorecardBuilder withRent() {
    return bare().addCharacteristic(worstStatus()).addCharacteristic(income()).addCharacteristic(rent());
  }
}
