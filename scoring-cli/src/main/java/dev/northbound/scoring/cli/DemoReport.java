package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
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
import java.util.List;
import java.util.Map;

/** Writes demo-report/report.html and report.json (atomically, through {@link ReportWriter}). */
final class DemoReport {
  private DemoReport() {}

  /** Model names short enough for a chart's legend and category labels (at most 25 characters). */
  static final Map<String, String> SHORT_NAMES = Map.of("Capacity scorecard", "Capacity",
      "Willingness scorecard", "Willingness", "Willingness, bureau data only", "Bureau-only willingness",
      DemoEvaluation.GRADE, "Grade", "XGBoost challenger", "XGBoost");

  static void write(Path dir, ReportWriter writer, DemoSummary s, DemoEvaluation e, DemoModels m,
      DemoFigures.ThinFiles thin, DemoBoosted boosted, Instant at) throws IOException {
    Map<String, StabilityIndex> psi = DemoFigures.psi(e);
    DemoFigures.ReasonFrequency reasons = DemoFigures.reasons(List.of(e.decided));
    HtmlReport.Builder html = HtmlReport.builder()
        .title("Northbound demo — synthetic Greater Bay Area portfolio")
        .generatedAt(at)
        .keyFigure("Applicants", String.format(java.util.Locale.ROOT, "%,d", s.applicants()))
        .keyFigure("Bad rate", String.format(java.util.Locale.ROOT, "%.1f%%", s.badRate() * 100))
        .keyFigure("AUC (grade)", e.models.get("Capacity x willingness grade").summary().auc(), 3)
        .keyFigure("Approval rate", String.format(java.util.Locale.ROOT, "%.1f%%", s.approvalRate() * 100))
        .keyFigure("Thin files scoreable", String.format(java.util.Locale.ROOT, "%,d of %,d", s.thinScoreable(),
            s.thinFiles()))
        .keyFigure("Thin files approved", String.format(java.util.Locale.ROOT, "%,d of %,d",
            thin.withAlternative().get("APPROVE"), s.thinFiles()));
    html.section(Section.builder("About this run")
        .paragraph(String.format(java.util.Locale.ROOT, "All data here is SYNTHETIC (docs/synthetic-data.md): %,d "
            + "applicants, seed %d. Every credit file was issued, registered and verified against its digest before "
            + "it was parsed; features were extracted as of each application date. Models were trained on %,d "
            + "applicants and everything below is measured on the %,d held out.", s.applicants(), s.seed(),
            s.trainRows(), s.testRows()))
        .build());
    Table.Builder models = Table.builder("Discrimination on the held-out part").textColumn("Model")
        .numberColumn("AUC", 3).numberColumn("Gini", 3).numberColumn("KS", 3).textColumn("Cutoff of the KS");
    Map<String, Series> roc = new java.util.HashMap<>();
    for (DemoEvaluation.ModelScores ms : e.models.values()) {
      models.row(ms.name(), ms.summary().auc(), ms.summary().gini(), ms.summary().ks().value(), ksCutoff(ms));
      List<CurvePoint> pts = Discrimination.roc(ms.scores(), e.bad, ScoreOrientation.HIGHER_IS_BETTER, 200);
      roc.put(ms.name(), Series.of(SHORT_NAMES.get(ms.name()), pts.stream().mapToDouble(CurvePoint::x).toArray(),
          pts.stream().mapToDouble(CurvePoint::y).toArray()));
    }
    html.section(Section.builder("Models")
        .table(models.build())
        .paragraph("KS is the largest gap between the cumulative shares of bads and of goods below a cutoff; the "
            + "last column is the cutoff where it is reached (approve at or above it). The grade has five values, so "
            + "its KS is read at a grade boundary: approving the grades named and declining the rest separates "
            + "bads from goods best.")
        .chart("roc", LineChart.of("ROC curves of the scorecards", "Share of goods declined",
            "Share of bads declined", List.of(roc.get("Capacity scorecard"), roc.get("Willingness scorecard"),
                roc.get("Willingness, bureau data only")), true))
        .chart("roc-grade", LineChart.of("ROC curves of the grade and the challenger", "Share of goods declined",
            "Share of bads declined", List.of(roc.get(DemoEvaluation.GRADE), roc.get("XGBoost challenger"),
                roc.get("Willingness scorecard")), true))
        .build());
    Table.Builder seg = Table.builder("By segment (held-out part)").textColumn("Segment").numberColumn("Applicants", 0)
        .percentColumn("Bad rate", 1).numberColumn("Mean capacity points", 1).numberColumn("Mean willingness points", 1)
        .percentColumn("Approved", 1);
    for (DemoSummary.SegmentRow r : s.segments()) {
      seg.row(r.segment(), r.count(), r.badRate(), r.meanCapacity(), r.meanWillingness(), r.approvalRate());
    }
    html.section(DemoReportSections.scores(e, m));
    html.section(DemoReportSections.stability(psi));
    html.section(Section.builder("Segments").table(seg.build()).build());
    Table.Builder dec = Table.builder("Decisions on the held-out part").textColumn("Outcome").numberColumn("Applications", 0)
        .percentColumn("Share", 1);
    for (Map.Entry<String, Integer> en : s.outcomes().entrySet()) {
      dec.row(en.getKey(), en.getValue(), en.getValue() / (double) s.testRows());
    }
    Table.Builder ex = Table.builder("Example decisions: the first of each outcome and the first thin file approved").textColumn("Applicant").textColumn("Outcome")
        .textColumn("Grade (capacity / willingness)").textColumn("Reasons (English)").textColumn("Reasons (中文)")
        .textColumn("What would change it (English)").textColumn("What would change it (中文)");
    for (DemoEvaluation.Decided d : s.examples()) {
      ex.row(SyntheticIds.of(s.seed(), d.index()) + " (" + d.segment() + ")", d.decision().outcome().name(),
          d.score().grade() + " (" + d.score().capacity().grade() + " / " + d.score().willingness().grade() + ")",
          reasons(d, true), reasons(d, false), suggestions(d, true), suggestions(d, false));
    }
    html.section(Section.builder("Decisions").table(dec.build()).table(ex.build()).build());
    html.section(DemoReportSections.reasons(reasons));
    html.section(DemoReportSections.thinFiles(s, thin));
    html.section(DemoThinFilePath.of(e).section());
    html.section(scorecardSection("Capacity scorecard", m.capacity));
    html.section(scorecardSection("Willingness scorecard", m.willingness));
    html.section(DemoBoostedSection.section(boosted, e));
    DemoBoostedSection.shapes(boosted).forEach(html::section);
    html.footer("Produced by Northbound's demo on synthetic data. Aggregate figures only; no personal data.");
    writer.write(dir, DemoReportJson.of(s, e, m, psi, reasons, thin, boosted), html.build());
  }

  /** The documents that would most change an example's decision, or "-" (an approval, or nothing helps). */
  static String suggestions(DemoEvaluation.Decided d, boolean english) {
    List<String> out = new ArrayList<>();
    for (var x : d.suggestions()) {
      out.add(english ? x.textEn() : x.textZh());
    }
    return out.isEmpty() ? "-" : String.join("; ", out);
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
        boolean first = c.bins().indexOf(b) == 0;
        t.row(first ? c.name() : "", first ? c.reasonCode() : "", DemoLabels.bin(b), b.points());
      }
    }
    return Section.builder(title).paragraph("Initial score " + Math.round(card.initialScore() * 10) / 10.0
        + "; 600 points at 50:1 good:bad, 20 points to double the odds.").table(t.build()).build();
  }

  /** Where a model's KS is reached, in the model's own terms: points for a scorecard, grades for the grade. */
  static String ksCutoff(DemoEvaluation.ModelScores ms) {
    double cutoff = ms.summary().ks().cutoff();
    if (ms.name().equals(DemoEvaluation.GRADE)) {
      int worstApproved = (int) Math.round(-cutoff);
      List<String> grades = DemoModels.GRADES;
      return worstApproved <= 0 ? "approve grade " + grades.get(0)
          : "approve grades " + grades.get(0) + " to " + grades.get(Math.min(worstApproved, grades.size() - 1));
    }
    return "approve points >= " + DemoLabels.points(cutoff);
  }

  /** The synthetic document id of an applicant, for the examples. */
  static final class SyntheticIds {
    private SyntheticIds() {}

    static String of(long seed, int index) {
      return dev.northbound.scoring.toolkit.synthetic.SyntheticDocument.documentId(seed, index);
    }
  }
}
