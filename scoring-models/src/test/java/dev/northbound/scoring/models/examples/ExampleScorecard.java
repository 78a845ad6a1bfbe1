package dev.northbound.scoring.models.examples;

import static dev.northbound.scoring.models.scorecard.Bin.closedOpen;
import static dev.northbound.scoring.models.scorecard.Bin.missing;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The documented example scorecard of {@code docs/examples/scorecard.json}: hand-set points over
 * eleven standard features, for the example credit files and the embedding guide. Not trained: a
 * teaching model whose every number can be checked by hand.
 *
 * <p>Bureau characteristics give their best points when the applicant has no bureau file (their
 * value is missing), so that a thin file is never told "late payments" or "short history" about
 * data it does not have; the absence itself is priced once, by {@code has_bureau_file} (reason B01).
 */
public final class ExampleScorecard {

  private static final double INF = Double.POSITIVE_INFINITY;

  private ExampleScorecard() {}

  /** The schema the example scores: the standard catalogue with default configuration. */
  public static FeatureSchema schema() {
    return StandardFeatures.extractor().schema();
  }

  /** Builds the example scorecard. */
  public static Scorecard build() {
    return Scorecard.builder(schema())
        .id("gba-example-personal")
        .version("2026.11.1")
        .initialScore(295)
        .scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B", "C", "D", "E"), List.of(620.0, 590.0, 560.0, 520.0)))
        .provenance(ModelProvenance.of("Northbound example (hand-set points)", "none",
            Instant.parse("2026-11-22T00:00:00Z"), Map.of("kind", "example"), 0))
        .addCharacteristic(c("debt_to_income_ratio", "C01",
            "Debt service is high relative to verified income", "偿债支出相对已核实收入偏高",
            bins(-INF, 0.2, 45, 0.35, 30, 0.5, 12, INF, -5), 5))
        .addCharacteristic(c("residual_monthly_income", "C02",
            "Little income is left after obligations", "扣除债务后剩余收入偏低",
            bins(-INF, 3000, -5, 8000, 15, 20000, 28, INF, 38), 0))
        .addCharacteristic(c("verified_income_months_12m", "C03",
            "Few months of verified income in the last year", "近12个月已核实收入月数偏少",
            bins(-INF, 6, 0, 12, 15, INF, 25), 0))
        .addCharacteristic(c("revolving_utilisation", "W01",
            "Revolving credit is heavily used", "循环信用额度使用率偏高",
            bins(-INF, 0.3, 35, 0.6, 22, 0.9, 8, INF, -5), 35))
        .addCharacteristic(c("worst_status_12m", "W02",
            "Late payments in the last 12 months", "近12个月有逾期还款",
            bins(-INF, 0.5, 40, 1.5, 12, INF, -20), 40))
        .addCharacteristic(c("hard_enquiries_6m", "D01",
            "Many recent credit applications", "近期信贷申请查询次数较多",
            bins(-INF, 1, 30, 3, 20, 5, 5, INF, -10), 30))
        .addCharacteristic(c("oldest_account_age_months", "H01",
            "Short credit history", "信用记录时间较短",
            bins(-INF, 24, 5, 60, 18, 120, 28, INF, 35), 35))
        .addCharacteristic(c("utility_on_time_ratio", "A01",
            "Utility bills not always paid on time", "水电煤账单未能按时缴纳",
            bins(-INF, 0.8, 0, 0.95, 15, INF, 30), 10))
        .addCharacteristic(c("telecom_on_time_ratio", "A02",
            "Telecom bills not always paid on time", "通讯账单未能按时缴纳",
            bins(-INF, 0.8, 0, 0.95, 12, INF, 25), 8))
        .addCharacteristic(c("tax_paid_on_time_share", "A03",
            "Tax not always paid on time", "税款未能按时缴纳",
            bins(-INF, 1, 0, INF, 20), 5))
        .addCharacteristic(c("has_bureau_file", "B01",
            "No Hong Kong credit file to assess", "无可评估的香港信用报告",
            bins(-INF, 0.5, 0, INF, 45), 0))
        .build();
  }

  private static Characteristic c(String feature, String code, String en, String zh, List<Bin> intervals,
      double missingPoints) {
    List<Bin> all = new java.util.ArrayList<>(intervals);
    all.add(missing(missingPoints));
    return Characteristic.of(feature, code, en, zh, all);
  }

  /** Bins [e0, e1) p1, [e1, e2) p2, ... from alternating edges and points. */
  private static List<Bin> bins(double... edgesAndPoints) {
    List<Bin> out = new java.util.ArrayList<>();
    double lower = edgesAndPoints[0];
    for (int i = 1; i + 1 < edgesAndPoints.length; i += 2) {
      double upper = edgesAndPoints[i];
      double points = edgesAndPoints[i + 1];
      out.add(closedOpen(lower, upper, points));
      lower = upper;
    }
    // The last pair: upper edge +inf closes the range.
    return out;
  }
}
