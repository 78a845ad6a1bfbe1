package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.LineChart;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Series;
import dev.northbound.scoring.toolkit.report.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes demo-report/report.html and report.json (atomically, through {@link ReportWriter}). */
final class DemoReport {
  private DemoReport() {}

  static void write(Path dir, ReportWriter writer, DemoSummary s, DemoEvaluation e, DemoModels m, Instant at) throws IOException {
    HtmlReport.Builder html = HtmlReport.builder()
        .title("Northbound demo — synthetic Greater Bay Area portfolio")
        .generatedAt(at)
        .keyFigure("Applicants", String.format(java.util.Locale.ROOT, "%,d", s.applicants()))
        .keyFigure("Bad rate", String.format(java.util.Locale.ROOT, "%.1f%%", s.badRate() * 100))
        .keyFigure("AUC (grade)", e.models.get("Capacity x willingness grade").summary().auc(), 3)
        .keyFigure("Approval rate", String.format(java.util.Locale.ROOT, "%.1f%%", s.approvalRate() * 100))
        .keyFigure("Thin files scoreable", s.thinScoreable() + " of " + s.thinFiles());
    html.section(Section.builder("About this run")
        .paragraph("All data here is SYNTHETIC (docs/synthetic-data.md): " + s.applicants()
            + " applicants, seed " + s.seed() + ". Every credit file was issued, registered and verified against "
            + "its digest before it was parsed; features were extracted as of each application date. Models were "
            + "trained on " + s.trainRows() + " applicants and everything below is measured on the "
            + s.testRows() + " held out.")
        .build());
    Table.Builder models = Table.builder("Discrimination on the held-out part").textColumn("Model")
        .numberColumn("AUC", 3).numberColumn("Gini", 3).numberColumn("KS", 3).numberColumn("KS at score", 1);
    List<Series> roc = new ArrayList<>();
    for (DemoEvaluation.ModelScores ms : e.models.values()) {
      models.row(ms.name(), ms.summary().auc(), ms.summary().gini(), ms.summary().ks().value(), ms.summary().ks().cutoff());
      List<CurvePoint> pts = Discrimination.roc(ms.scores(), e.bad, ScoreOrientation.HIGHER_IS_BETTER, 200);
      roc.add(Series.of(ms.name(), pts.stream().mapToDouble(CurvePoint::x).toArray(),
          pts.stream().mapToDouble(CurvePoint::y).toArray()));
    }
    html.section(Section.builder("Models")
        .table(models.build())
        .chart("roc", LineChart.of("ROC curves", "Share of goods", "Share of bads", roc, true))
        .build());
    Table.Builder seg = Table.builder("By segment (held-out part)").textColumn("Segment").numberColumn("Applicants", 0)
        .percentColumn("Bad rate", 1).numberColumn("Mean capacity points", 1).numberColumn("Mean willingness points", 1)
        .percentColumn("Approved", 1);
    for (DemoSummary.SegmentRow r : s.segments()) {
      seg.row(r.segment(), r.count(), r.badRate(), r.meanCapacity(), r.meanWillingness(), r.approvalRate());
    }
    html.section(Section.builder("Segments").table(seg.build()).build());
    html.section(Section.builder("Thin files: what alternative data buys")
        .paragraph(s.thinFiles() + " held-out applicants have no Hong Kong bureau file. On bureau data alone none of "
            + "them can be told apart (every bureau feature is missing); with alternative data (tax, MPF, social "
            + "insurance, utilities, telecom, rent) " + s.thinScoreable() + " have at least two verified alternative "
            + "sources and get a willingness score that ranks them.")
        .chart("thin-file-auc", BarChart.of("AUC on thin files", "AUC",
            List.of("Willingness with alternative data", "Willingness, bureau data only"),
            new double[] {s.thinAucWithAlternative(), s.thinAucBureauOnly()}, 3))
        .build());
    Table.Builder dec = Table.builder("Decisions on the held-out part").textColumn("Outcome").numberColumn("Applications", 0)
        .percentColumn("Share", 1);
    for (Map.Entry<String, Integer> en : s.outcomes().entrySet()) {
      dec.row(en.getKey(), en.getValue(), en.getValue() / (double) s.testRows());
    }
    Table.Builder ex = Table.builder("Three example decisions").textColumn("Applicant").textColumn("Outcome")
        .textColumn("Grade (capacity / willingness)").textColumn("Reasons (English)").textColumn("Reasons (中文)");
    for (DemoEvaluation.Decided d : s.examples()) {
      ex.row(SyntheticIds.of(s.seed(), d.index()) + " (" + d.segment() + ")", d.decision().outcome().name(),
          d.score().grade() + " (" + d.score().capacity().grade() + " / " + d.score().willingness().grade() + ")",
          reasons(d, true), reasons(d, false));
    }
    html.section(Section.builder("Decisions").table(dec.build()).table(ex.build()).build());
    html.section(scorecardSection("Capacity scorecard", m.capacity));
    html.section(scorecardSection("Willingness scorecard", m.willingness));
    html.footer("Produced by Northbound's demo on synthetic data. Aggregate figures only; no personal data.");
    writer.write(dir, json(s, e), html.build());
  }

  static String reasons(DemoEvaluation.Decided d, boolean english) {
    List<String> out = new ArrayList<>();
    for (DecisionReason r : d.decision().rules()) {
      out.add(r.code() + " " + (english ? r.messageEn() : r.messageZh()));
    }
    for (ReasonCode r : topReasons(d)) {
      out.add(r.code() + " " + (english ? r.messageEn() : r.messageZh()));
    }
    return String.join("; ", out);
  }

  /** The two most important reasons of each dimension (capacity's first), as a letter would show them. */
  static List<ReasonCode> topReasons(DemoEvaluation.Decided d) {
    List<ReasonCode> out = new ArrayList<>();
    List<ReasonCode> cap = d.score().capacity().reasonCodes();
    List<ReasonCode> will = d.score().willingness().reasonCodes();
    out.addAll(cap.subList(0, Math.min(2, cap.size())));
    out.addAll(will.subList(0, Math.min(2, will.size())));
    return out;
  }

  private static Section scorecardSection(String title, Scorecard card) {
    Table.Builder t = Table.builder(title + " (" + card.info().id() + ")").textColumn("Characteristic")
        .textColumn("Reason code").textColumn("Bin").numberColumn("Points", 1);
    for (Characteristic c : card.characteristics()) {
      for (Bin b : c.bins()) {
        t.row(c.feature(), c.reasonCode(), b.toString(), b.points());
      }
    }
    return Section.builder(title).paragraph("Initial score " + Math.round(card.initialScore() * 10) / 10.0
        + "; 600 points at 50:1 good:bad, 20 points to double the odds.").table(t.build()).build();
  }

  private static Map<String, Object> json(DemoSummary s, DemoEvaluation e) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("synthetic", true);
    root.put("seed", s.seed());
    root.put("rows", Map.of("applicants", s.applicants(), "train", s.trainRows(), "test", s.testRows(),
        "verified", s.verified()));
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (DemoEvaluation.ModelScores ms : e.models.values()) {
      metrics.put(ms.name(), Map.of("auc", ms.summary().auc(), "gini", ms.summary().gini(),
          "ks", ms.summary().ks().value(), "ksScore", ms.summary().ks().cutoff()));
    }
    root.put("metrics", metrics);
    root.put("approvalRate", s.approvalRate());
    root.put("outcomes", s.outcomes());
    root.put("thinFiles", Map.of("count", s.thinFiles(), "scoreableWithAlternativeData", s.thinScoreable(),
        "scoreableOnBureauDataAlone", 0, "aucWithAlternativeData", s.thinAucWithAlternative(),
        "aucBureauDataOnly", s.thinAucBureauOnly()));
    List<Map<String, Object>> segs = new ArrayList<>();
    for (DemoSummary.SegmentRow r : s.segments()) {
      segs.add(Map.of("segment", r.segment(), "count", r.count(), "badRate", r.badRate(),
          "meanCapacityPoints", r.meanCapacity(), "meanWillingnessPoints", r.meanWillingness(),
          "approvalRate", r.approvalRate()));
    }
    root.put("segments", segs);
    return root;
  }

  /** The synthetic document id of an applicant, for the examples. */
  static final class SyntheticIds {
    private SyntheticIds() {}

    static String of(long seed, int index) {
      return dev.northbound.scoring.toolkit.synthetic.SyntheticDocument.documentId(seed, index);
    }
  }
}
