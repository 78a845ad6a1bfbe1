package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.CutoffOutcome;
import dev.northbound.scoring.toolkit.evaluation.GainsRow;
import dev.northbound.scoring.toolkit.evaluation.GroupOutcome;
import dev.northbound.scoring.toolkit.report.CalibrationChart;
import dev.northbound.scoring.toolkit.report.DistributionChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.KsChart;
import dev.northbound.scoring.toolkit.report.LineChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Series;
import dev.northbound.scoring.toolkit.report.StabilityChart;
import dev.northbound.scoring.toolkit.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code report.html} page of an evaluation. */
final class EvaluationHtml {

  private EvaluationHtml() {}

  static HtmlReport build(Scorecard model, String source, ScoredSample sample, EvaluationMetrics m,
      Instant generatedAt) {
    HtmlReport.Builder page = HtmlReport.builder()
        .title("Evaluation of " + model.info().id() + " " + model.info().version())
        .generatedAt(generatedAt)
        .keyFigure("AUC", m.summary.auc(), 3)
        .keyFigure("Gini", m.summary.gini(), 3)
        .keyFigure("KS", m.summary.ks().value(), 3)
        .keyFigure("Brier score", m.brier, 4)
        .keyFigure("Rows scored", String.format(Locale.ROOT, "%,d", sample.size()))
        .keyFigure("Rows skipped", String.format(Locale.ROOT, "%,d", sample.skipped));
    page.section(overview(source, sample, m));
    page.section(discrimination(m));
    page.section(calibration(m));
    page.section(business(m));
    if (!m.psiByMonth.isEmpty()) {
      page.section(stability(m));
    }
    m.fairness.ifPresent(f -> page.section(fairness(f.referenceGroup(), f.cutoff(), f.groups())));
    page.section(Section.builder("Scorecard").table(ReportParts.scorecardTable(model, Optional.of(m.binCounts)))
        .build());
    return page.build();
  }

  private static Section overview(String source, ScoredSample sample, EvaluationMetrics m) {
    Section.Builder s = Section.builder("Data").paragraph(String.format(Locale.ROOT,
        "%s: %,d records read, %,d scored (%,d bads, bad rate %.2f%%), %,d indeterminate excluded, %,d skipped "
            + "for errors.", source, sample.records, sample.size(), m.summary.bads(),
        100 * m.badRate, sample.indeterminate, sample.skipped));
    if (sample.skipped > 0) {
      s.table(ReportParts.skippedTable(sample));
    }
    m.notes.forEach(s::paragraph);
    return s.build();
  }

  private static Section discrimination(EvaluationMetrics m) {
    List<CurvePoint> roc = m.roc;
    Series rocSeries = series(String.format(Locale.ROOT, "Model (AUC %.3f)", m.summary.auc()), roc);
    Series capSeries = series(String.format(Locale.ROOT, "Model (AR %.3f)", m.summary.accuracyRatio()), m.cap);
    Series perfect = Series.of("Perfect model", new double[] {0, m.badRate, 1}, new double[] {0, 1, 1});
    List<Double> ks = new ArrayList<>();
    List<Double> goods = new ArrayList<>();
    List<Double> bads = new ArrayList<>();
    for (CurvePoint p : roc) {
      if (p.score().isPresent()) {
        ks.add(p.score().getAsDouble());
        goods.add(p.x());
        bads.add(p.y());
      }
    }
    Section.Builder s = Section.builder("Discrimination").paragraph(String.format(Locale.ROOT,
        "AUC %.4f (DeLong %.0f%% interval %.4f to %.4f); Gini %.4f (bootstrap %.4f to %.4f, %d replicates, seed %d); "
            + "KS %.4f at cutoff %.1f (approve scores at or above it); accuracy ratio %.4f.",
        m.summary.auc(), 100 * m.delong.confidence(), m.delong.lower(), m.delong.upper(), m.summary.gini(),
        m.bootstrap.gini().lower(), m.bootstrap.gini().upper(), m.bootstrap.replicates(), m.bootstrap.seed(),
        m.summary.ks().value(), m.summary.ks().cutoff(), m.summary.accuracyRatio()))
        .chart("roc", LineChart.of("ROC curve", "Share of goods declined (false positive rate)",
            "Share of bads declined (true positive rate)", List.of(rocSeries), true))
        .chart("cap", LineChart.of("CAP curve", "Share of applicants declined", "Share of bads declined",
            List.of(capSeries, perfect), true));
    if (ks.size() >= 2) {
      s.chart("ks", KsChart.of("Kolmogorov-Smirnov", "Score", unbox(ks), unbox(goods), unbox(bads)),
          "Cumulative share of goods and bads scoring at or below each score; the gap at a score is the KS of "
              + "the next cutoff up.");
    }
    s.chart("score-distribution", DistributionChart.of("Score distribution", "Score", "Share of group",
        m.histogram.edges(), m.histogram.goods(), m.histogram.bads()));
    return s.build();
  }

  private static Section calibration(EvaluationMetrics m) {
    List<String> labels = new ArrayList<>();
    double[] predicted = new double[m.calibration.size()];
    double[] observed = new double[m.calibration.size()];
    Table.Builder t = Table.builder("Calibration by score decile (D1 lowest scores)").textColumn("Decile")
        .textColumn("Score band").numberColumn("Rows", 0)
        .numberColumn("Bads", 0).numberColumn("Expected bads", 1).percentColumn("Mean PD", 2)
        .percentColumn("Observed bad rate", 2);
    for (int i = 0; i < predicted.length; i++) {
      CalibrationRow r = m.calibration.get(i);
      labels.add("D" + (i + 1));
      predicted[i] = r.meanPd();
      observed[i] = r.observedBadRate();
      t.row("D" + (i + 1), r.range().toString(), r.rows(), r.bads(), r.expectedBads(), r.meanPd(), r.observedBadRate());
    }
    String hl = m.hosmerLemeshow.map(h -> String.format(Locale.ROOT,
        " Hosmer-Lemeshow H = %.2f on %d degrees of freedom, p = %.4f.", h.statistic(), h.degreesOfFreedom(),
        h.pValue())).orElse("");
    return Section.builder("Calibration")
        .paragraph(String.format(Locale.ROOT, "Brier score %.5f, log loss %.5f.%s", m.brier, m.logLoss, hl))
        .chart("calibration", CalibrationChart.of("Observed against predicted", labels, predicted, observed))
        .table(t.build()).build();
  }

  private static Section business(EvaluationMetrics m) {
    Table.Builder gains = Table.builder("Gains table, best score band first").textColumn("Score band")
        .numberColumn("Rows", 0).numberColumn("Bads", 0).percentColumn("Bad rate", 2)
        .percentColumn("Cumulative approval", 1).percentColumn("Cumulative bad rate", 2).numberColumn("Lift", 2);
    for (GainsRow r : m.gains.rows()) {
      gains.row(r.range().toString(), r.rows(), r.bads(), r.badRate(), r.cumulativeApprovalRate(),
          r.cumulativeBadRate(), r.lift());
    }
    Table.Builder cut = Table.builder("Outcome at each grade cutoff and at the KS cutoff (approve score >= cutoff)")
        .numberColumn("Cutoff", 1).numberColumn("Approved", 0).numberColumn("Declined", 0)
        .percentColumn("Approval rate", 1).textColumn("Bad rate approved").numberColumn("Bads declined", 0)
        .numberColumn("Goods declined", 0);
    for (CutoffOutcome c : m.cutoffs) {
      cut.row(c.cutoff(), c.approved(), c.declined(), c.approvalRate(), c.approvedBadRate().isPresent()
          ? String.format(Locale.ROOT, "%.2f%%", 100 * c.approvedBadRate().getAsDouble()) : "–",
          c.truePositives(), c.falsePositives());
    }
    return Section.builder("Business view").table(gains.build()).table(cut.build()).build();
  }

  private static Section stability(EvaluationMetrics m) {
    int n = m.psiByMonth.size();
    List<String> months = new ArrayList<>();
    double[][] psi = new double[n][1];
    for (int k = 0; k < n; k++) {
      months.add(m.psiByMonth.get(k).month().toString());
      psi[k][0] = m.psiByMonth.get(k).index().value();
    }
    List<String> features = new ArrayList<>(m.csiByMonth.keySet());
    double[][] csi = new double[features.size()][2];
    int row = 0;
    for (double[] values : m.csiByMonth.values()) {
      csi[row][0] = values[n - 1];
      for (double v : values) {
        csi[row][1] = Math.max(csi[row][1], v);
      }
      row++;
    }
    return Section.builder("Stability by month")
        .paragraph("Each month against the whole evaluated sample: PSI of the score over its deciles, CSI of each "
            + "characteristic over its scorecard bins. Below 0.10 stable, 0.10 to 0.25 monitor, above 0.25 shifted.")
        .chart("stability", StabilityChart.of("PSI of the score by application month", months, List.of("Score"), psi))
        .chart("csi", StabilityChart.of("CSI of each characteristic: latest month (" + months.get(n - 1)
            + ") and largest month", features, List.of("latest month", "largest month"), csi))
        .build();
  }

  private static Section fairness(String reference, double cutoff, List<GroupOutcome> groups) {
    Table.Builder t = Table.builder(String.format(Locale.ROOT,
            "Approval and bad rates by group at cutoff %.1f, against the reference group %s", cutoff, reference))
        .textColumn("Group").numberColumn("Rows", 0).percentColumn("Approval rate", 1).percentColumn("Bad rate", 2)
        .textColumn("Approval ratio").textColumn("Bad-rate ratio");
    for (GroupOutcome g : groups) {
      t.row(g.group(), g.rows(), g.approvalRate(), g.badRate(), ratio(g.approvalRateRatio()),
          ratio(g.badRateRatio()));
    }
    return Section.builder("Fairness by group").table(t.build()).build();
  }

  private static String ratio(java.util.OptionalDouble r) {
    return r.isPresent() ? String.format(Locale.ROOT, "%.3f", r.getAsDouble()) : "–";
  }

  private static Series series(String name, List<CurvePoint> points) {
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i).x();
      y[i] = points.get(i).y();
    }
    return Series.of(name, x, y);
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
