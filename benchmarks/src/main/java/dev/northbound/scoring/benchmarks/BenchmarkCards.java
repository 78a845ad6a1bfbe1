package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scorecard every benchmark scores: 12 characteristics over standard-catalogue features, 4 to 6
 * bins each (intervals with both kinds of closed ends, special values, one categorical
 * characteristic, a missing bin each), reason codes {@code pointsBelow} the maximum, top 3. Points are
 * mostly multiples of 2 so that reason codes tie and characteristic order breaks the ties.
 */
final class BenchmarkCards {

  /** The 12 characteristic features, in scoring order. */
  static final List<String> FEATURES = List.of(
      "debt_to_income_ratio", "months_since_latest_delinquency", "revolving_utilisation", "worst_status_24m",
      "verified_monthly_income", "oldest_account_age_months", "hard_enquiries_6m", "on_time_month_share",
      "tradeline_count", "max_days_late", "declared_to_verified_income_ratio", "alternative_source_count");

  /** Two features the card does not use, kept in the benchmark schema so that vectors are wider than the card. */
  private static final Set<String> EXTRA = Set.of("total_outstanding_debt", "has_bureau_file");

  private static final double INF = Double.POSITIVE_INFINITY;

  private BenchmarkCards() {}

  /** The 12 characteristic features and two more, as defined by the standard catalogue, in its order. */
  static FeatureSchema benchmarkSchema() {
    List<FeatureDefinition> defs = new ArrayList<>();
    for (FeatureDefinition d : StandardFeatures.extractor().schema().definitions()) {
      if (FEATURES.contains(d.name()) || EXTRA.contains(d.name())) {
        defs.add(d);
      }
    }
    return FeatureSchema.of(defs);
  }

  /** The card over {@code schema}, which must hold the 12 features. */
  static Scorecard card(FeatureSchema schema) {
    ScorecardBuilder b = Scorecard.builder(schema).id("bench-willingness").version("2026.11.1").initialScore(300)
        .scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B", "C", "D", "E"), List.of(640.0, 600.0, 560.0, 520.0)))
        .reasonCodes(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_MAX, 3))
        .provenance(ModelProvenance.of("northbound-benchmarks", "synthetic", Instant.parse("2026-11-01T00:00:00Z"),
            Map.of("source", "hand-built for benchmarks"), 1L));
    for (Characteristic c : characteristics()) {
      b.addCharacteristic(c);
    }
    return b.build();
  }

  /**
   * The same card with two interactions added after the 12 characteristics: revolving utilisation ×
   * months since the latest delinquency (4 × 3 bins with missing) and debt-to-income × verified
   * income (3 × 3 with missing), 28 cells in all.
   */
  static Scorecard interactionCard(FeatureSchema schema) {
    ScorecardBuilder b = Scorecard.builder(schema).id("bench-willingness-pairs").version("2026.12.1").initialScore(300)
        .scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B", "C", "D", "E"), List.of(640.0, 600.0, 560.0, 520.0)))
        .reasonCodes(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_MAX, 3))
        .provenance(ModelProvenance.of("northbound-benchmarks", "synthetic", Instant.parse("2026-12-01T00:00:00Z"),
            Map.of("source", "hand-built for benchmarks"), 1L));
    for (Characteristic c : characteristics()) {
      b.addCharacteristic(c);
    }
    b.addCharacteristic(Characteristic.interaction(FEATURES.get(2), FEATURES.get(1), "B13",
        "High utilisation with a recent delinquency", "循环额度使用率偏高且近期有逾期",
        List.of(Bin.closedOpen(-INF, 0.3, 0), Bin.closedOpen(0.3, 0.9, 0), Bin.closedOpen(0.9, INF, 0), Bin.missing(0)),
        List.of(Bin.closedOpen(-INF, 12, 0), Bin.closedOpen(12, INF, 0), Bin.missing(0)),
        new double[][] {{2, 6, 4}, {0, 4, 2}, {-8, 2, -2}, {0, 2, 0}}));
    b.addCharacteristic(Characteristic.interaction(FEATURES.get(0), FEATURES.get(4), "B14",
        "High debt for the income", "收入相对负债偏低",
        List.of(Bin.openClosed(-INF, 0.35, 0), Bin.openClosed(0.35, INF, 0), Bin.missing(0)),
        List.of(Bin.closedOpen(-INF, 15000, 0), Bin.closedOpen(15000, INF, 0), Bin.missing(0)),
        new double[][] {{0, 4, 0}, {-6, 2, -2}, {0, 0, 0}}));
    return b.build();
  }

  private static List<Characteristic> characteristics() {
    return List.of(
        ch(0, "Debt payments are high relative to income", "负债收入比偏高",
            Bin.openClosed(-INF, 0.2, 40), Bin.openClosed(0.2, 0.35, 28), Bin.openClosed(0.35, 0.5, 12),
            Bin.openClosed(0.5, INF, 0), Bin.missing(8)),
        ch(1, "Recent delinquency", "近期有逾期记录",
            Bin.closedOpen(-INF, 6, 0), Bin.closedOpen(6, 24, 16), Bin.closedOpen(24, INF, 30), Bin.missing(36)),
        ch(2, "High revolving utilisation", "循环额度使用率偏高",
            Bin.closedOpen(-INF, 0.1, 36), Bin.closedOpen(0.1, 0.3, 30), Bin.closedOpen(0.3, 0.6, 18),
            Bin.closedOpen(0.6, 0.9, 8), Bin.closedOpen(0.9, INF, 0), Bin.missing(16)),
        ch(3, "Serious arrears in the last 24 months", "近24个月有严重逾期",
            Bin.special(0, "always current", 40), Bin.closedOpen(-INF, 2, 20), Bin.closedOpen(2, 4, 6),
            Bin.closedOpen(4, INF, 0), Bin.missing(24)),
        ch(4, "Verified income is low", "核实收入偏低",
            Bin.closedOpen(-INF, 8000, 4), Bin.closedOpen(8000, 15000, 14), Bin.closedOpen(15000, 30000, 26),
            Bin.closedOpen(30000, INF, 36), Bin.missing(0)),
        ch(5, "Short credit history", "信用记录时间较短",
            Bin.closedOpen(-INF, 12, 0), Bin.closedOpen(12, 36, 10), Bin.closedOpen(36, 84, 22),
            Bin.closedOpen(84, INF, 32), Bin.missing(6)),
        ch(6, "Many recent credit applications", "近期申请信贷次数较多",
            Bin.special(0, "none", 30), Bin.openClosed(-INF, 2, 18), Bin.openClosed(2, 4, 8),
            Bin.openClosed(4, INF, 0), Bin.missing(12)),
        ch(7, "Payments not always on time", "还款未能按时",
            Bin.closedOpen(-INF, 0.8, 0), Bin.closedOpen(0.8, 0.95, 12), Bin.closedOpen(0.95, INF, 30),
            Bin.missing(10)),
        ch(8, "Few credit accounts", "信用账户较少",
            Bin.closedOpen(-INF, 2, 4), Bin.closedOpen(2, 5, 16), Bin.closedOpen(5, INF, 26), Bin.missing(0)),
        ch(9, "Bills or rent paid late", "账单或租金逾期缴付",
            Bin.special(0, "never late", 30), Bin.openClosed(-INF, 15, 20), Bin.openClosed(15, 45, 8),
            Bin.openClosed(45, INF, 0), Bin.missing(12)),
        ch(10, "Declared income well above verified income", "申报收入明显高于核实收入",
            Bin.openClosed(-INF, 1.1, 26), Bin.openClosed(1.1, 1.5, 12), Bin.openClosed(1.5, INF, 0),
            Bin.missing(8)),
        ch(11, "Little alternative data", "替代数据较少",
            Bin.categorical("none", List.of(0.0), 0), Bin.categorical("one or two", List.of(1.0, 2.0), 10),
            Bin.categorical("three or more", List.of(3.0, 4.0, 5.0, 6.0), 22), Bin.closedOpen(-INF, INF, 4),
            Bin.missing(0)));
  }

  private static Characteristic ch(int index, String en, String zh, Bin... bins) {
    return Characteristic.of(FEATURES.get(index), String.format("B%02d", index + 1), en, zh, List.of(bins));
  }
}
