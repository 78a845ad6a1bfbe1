package dev.northbound.scoring.toolkit.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A sample report with every chart type, built from two textbook binormal score distributions
 * (goods N(640, 60), bads N(560, 60); a second model with bads N(585, 60)) so the pictures look like
 * real ones. The figures quoted are the binormal closed forms: AUC = Phi(80 / (60 sqrt 2)) = 0.8271,
 * Gini = AR = 2 AUC - 1 = 0.6542, KS = 2 Phi(80 / 120) - 1 = 0.4950; with bads N(585, 60) AUC = 0.7416. Used by the rendering test and to draw docs/images/report-sample.png.
 */
final class SampleReport {

  static final List<String> CHART_NAMES =
      List.of("roc", "cap", "ks", "score-distribution", "calibration", "stability", "information-value");

  private static final double BAD_RATE = 0.08;

  private SampleReport() {}

  static HtmlReport html() {
    NormalDistribution goods = new NormalDistribution(640, 60);
    NormalDistribution bads = new NormalDistribution(560, 60);
    NormalDistribution weakerBads = new NormalDistribution(585, 60);
    double[] scores = grid(400, 800, 5);
    double[] goodCdf = cdf(goods, scores);
    double[] badCdf = cdf(bads, scores);

    Section discrimination = Section.builder("Discrimination")
        .paragraph("How well the scores separate goods from bads on the validation sample. "
            + "Curves further from the diagonal are better.")
        .chart("roc", LineChart.of("ROC curve", "Cumulative share of goods", "Cumulative share of bads",
            List.of(Series.of("Capacity (AUC 0.827)", goodCdf, badCdf),
                Series.of("Willingness (AUC 0.742)", goodCdf, cdf(weakerBads, scores))), true))
        .chart("cap", LineChart.of("Cumulative accuracy profile", "Share of applicants, lowest scores first",
            "Share of bads captured", List.of(
                Series.of("Capacity (AR 0.654)", mix(goodCdf, badCdf), badCdf),
                Series.of("Perfect model", new double[] {0, BAD_RATE, 1}, new double[] {0, 1, 1})), true))
        .chart("ks", KsChart.of("Kolmogorov-Smirnov", "Score", scores, goodCdf, badCdf),
            "The gap between the two cumulative distributions is largest at the marked score.")
        .chart("score-distribution", DistributionChart.of("Score distribution", "Score", "Share of group",
            grid(400, 800, 20), mass(goods, grid(400, 800, 20)), mass(bads, grid(400, 800, 20))))
        .build();

    Table bands = Table.builder("Score bands")
        .textColumn("Band").numberColumn("Applicants", 0).numberColumn("Bads", 0)
        .percentColumn("Bad rate", 2).numberColumn("Mean PD", 4)
        .row("A (700+)", 3120, 37, 0.01186, 0.0121)
        .row("B (650-699)", 4875, 161, 0.03303, 0.0345)
        .row("C (600-649)", 5230, 409, 0.07820, 0.0791)
        .row("D (550-599)", 3350, 498, 0.14866, 0.1402)
        .row("E (<550)", 1425, 335, 0.23509, 0.2610)
        .build();
    Section calibration = Section.builder("Calibration")
        .table(bands)
        .chart("calibration", CalibrationChart.of("Calibration by grade", List.of("A", "B", "C", "D", "E"),
            new double[] {0.0121, 0.0345, 0.0791, 0.1402, 0.2610},
            new double[] {0.01186, 0.03303, 0.07820, 0.14866, 0.23509}))
        .build();

    Section stability = Section.builder("Stability")
        .chart("stability", StabilityChart.of("Population and characteristic stability",
            List.of("Score", "Credit utilisation", "Months since last delinquency", "MPF contribution months",
                "Enquiries in last 6 months"),
            List.of("2026-Q1", "2026-Q2"),
            new double[][] {{0.031, 0.058}, {0.072, 0.134}, {0.012, 0.019}, {0.095, 0.271}, {0.044, 0.102}}))
        .chart("information-value", BarChart.of("Information value by characteristic", "Information value",
            List.of("Months since last delinquency", "Credit utilisation", "Enquiries in last 6 months",
                "MPF contribution months", "Rent paid on time", "Utility bills paid on time"),
            new double[] {0.412, 0.356, 0.241, 0.187, 0.094, 0.051}, 3))
        .build();

    return HtmlReport.builder()
        .title("Capacity scorecard \u2014 validation report")
        .generatedAt(Instant.parse("2026-11-22T09:30:00Z"))
        .keyFigure("AUC", 0.8271, 3)
        .keyFigure("Gini", 0.6542, 3)
        .keyFigure("KS", 0.4950, 3)
        .keyFigure("Applicants", 18000, 0)
        .keyFigure("Bad rate", "8.0%")
        .keyFigure("PSI (2026-Q2)", 0.058, 3)
        .section(discrimination)
        .section(calibration)
        .section(stability)
        .build();
  }

  static Map<String, Object> json() {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("auc", 0.8271);
    metrics.put("gini", 0.6542);
    metrics.put("ks", 0.495);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("schemaVersion", 1);
    data.put("model", Map.of("name", "capacity-scorecard", "version", "0.1.0"));
    data.put("metrics", metrics);
    data.put("rows", Map.of("total", 18000, "goods", 16560, "bads", 1440));
    return data;
  }

  static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = from + i * step;
    }
    return out;
  }

  private static double[] cdf(NormalDistribution distribution, double[] at) {
    double[] out = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = distribution.cumulativeProbability(at[i]);
    }
    return out;
  }

  private static double[] mass(NormalDistribution distribution, double[] edges) {
    double[] out = new double[edges.length - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = distribution.probability(edges[i], edges[i + 1]);
    }
    return out;
  }

  private static double[] mix(double[] goodCdf, double[] badCdf) {
    double[] out = new double[goodCdf.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (1 - BAD_RATE) * goodCdf[i] + BAD_RATE * badCdf[i];
    }
    return out;
  }
}
