package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report of a {@link StudyResult}: {@code report.json} ({@link #json}, docs/report-format.md,
 * "Reject inference report") and {@code report.html} ({@link #html}), the candidates side by side.
 * Aggregates only: no row, id or outcome of an applicant. Stateless.
 */
public final class StudyReport {

  /** The {@code report} member of the JSON. */
  public static final String KIND = "reject-inference";

  private StudyReport() {}

  /**
   * The report data for {@code report.json}.
   *
   * @param result the study
   * @param generatedAt the time of the run
   * @param inputs a description of the inputs (file names, format), shown as {@code data}
   * @param settings the training settings to record ({@code cv}, {@code l2}, …)
   * @return a map for {@code ReportWriter.json}
   */
  public static Map<String, Object> json(StudyResult result, Instant generatedAt,
      Map<String, ?> inputs, Map<String, ?> settings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("report", KIND);
    root.put("schemaVersion", 1);
    root.put("generatedAt", generatedAt.toString());
    root.put("data", Map.copyOf(inputs));
    root.put("settings", Map.copyOf(settings));
    Map<String, Object> split = new LinkedHashMap<>();
    split.put("testShare", result.testShare());
    split.put("seed", result.seed());
    split.put("developmentAccepts", result.developmentAccepts());
    split.put("developmentRejects", result.developmentRejects());
    split.put("testAccepts", result.testAccepts());
    split.put("testRejects", result.testRejects());
    root.put("split", split);
    root.put("truth", result.truth());
    result.note().ifPresent(note -> root.put("note", note));
    List<Object> candidates = new ArrayList<>();
    for (CandidateResult c : result.candidates()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", c.name());
      o.put("training", Map.of("rows", c.trainingRows(), "weight", c.trainingWeight(),
          "cvAuc", c.cvAuc(), "characteristics", c.characteristics()));
      c.throughTheDoor().ifPresent(v -> {
        Map<String, Object> door = view(v);
        ApprovalTradeoff t = c.tradeoff().orElseThrow();
        door.put("tradeoff", Map.of("incumbentApprovalRate", t.incumbentApprovalRate(),
            "incumbentBadRate", t.incumbentBadRate(), "approved", t.approved(),
            "approvalRate", t.approvalRate(), "badRate", t.badRate()));
        o.put("throughTheDoor", door);
      });
      o.put("accepts", view(c.accepts()));
      candidates.add(o);
    }
    root.put("candidates", candidates);
    return root;
  }

  private static Map<String, Object> view(ViewMetrics v) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("rows", v.rows());
    o.put("bads", v.bads());
    o.put("auc", v.auc());
    o.put("ks", v.ks());
    o.put("brier", v.brier());
    List<Object> bands = new ArrayList<>();
    for (CalibrationRow r : v.calibration()) {
      Map<String, Object> b = new LinkedHashMap<>();
      r.range().lower().ifPresent(x -> b.put("lower", x));
      r.range().upper().ifPresent(x -> b.put("upper", x));
      b.put("rows", r.rows());
      b.put("bads", r.bads());
      b.put("meanPd", r.meanPd());
      b.put("observedBadRate", r.observedBadRate());
      bands.add(b);
    }
    o.put("calibration", bands);
    return o;
  }

  /**
   * The page for {@code report.html}: key figures, the split, a table per view (through the door,
   * or the note that it is absent; the accepts), the AUC chart of both views, the trade-off table
   * and each candidate's calibration tables.
   *
   * @param result the study
   * @param generatedAt the time of the run
   * @return the page
   */
  public static HtmlReport html(StudyResult result, Instant generatedAt) {
    Objects.requireNonNull(result, "result");
    HtmlReport.Builder page = HtmlReport.builder().title("Reject inference study")
        .generatedAt(generatedAt)
        .keyFigure("Test applicants", String.format(java.util.Locale.ROOT, "%,d",
            result.testAccepts() + result.testRejects()))
        .keyFigure("Candidates", String.valueOf(result.candidates().size()))
        .keyFigure("Truth", result.truth() ? "yes" : "no");
    page.section(Section.builder("The split").paragraph(String.format(java.util.Locale.ROOT,
        "Accepts and rejects were each split with seed %d, a share of %s of each class held out for"
            + " the test: %,d accepts and %,d rejects to train on, %,d accepts and %,d rejects to test"
            + " on. Each"
            + " candidate's WoE scorecard is trained on the rows it builds from the development part"
            + " and scored on the test part (its probability of bad).",
        result.seed(), Double.toString(result.testShare()), result.developmentAccepts(),
        result.developmentRejects(), result.testAccepts(), result.testRejects())).build());
    Section.Builder door = Section.builder("Through the door, with the truth");
    if (result.truth()) {
      door.paragraph("Every test applicant, accepted or rejected by the incumbent, with the true"
          + " outcome: what reject inference is meant to improve.");
      door.table(viewTable("Through the door", result, true));
      Table.Builder trade = Table.builder("Approving the incumbent's share of the test applicants")
          .textColumn("candidate").percentColumn("approval rate", 2)
          .percentColumn("bad rate of the approved", 2).percentColumn("incumbent's approval rate", 2)
          .percentColumn("incumbent's bad rate", 2);
      for (CandidateResult c : result.candidates()) {
        ApprovalTradeoff t = c.tradeoff().orElseThrow();
        trade.row(c.name(), t.approvalRate(), t.badRate(), t.incumbentApprovalRate(),
            t.incumbentBadRate());
      }
      door.table(trade.build());
    } else {
      door.paragraph(StudyResult.NO_TRUTH_NOTE);
    }
    page.section(door.build());
    page.section(Section.builder("The accepted applicants alone").paragraph("The test accepts"
        + " only: all a bank can compute, since nobody observes the rejects' outcomes.")
        .table(viewTable("Accepts only", result, false)).build());
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (CandidateResult c : result.candidates()) {
      c.throughTheDoor().ifPresent(v -> {
        labels.add(c.name() + " (through the door)");
        values.add(v.auc());
      });
      labels.add(c.name() + " (accepts)");
      values.add(c.accepts().auc());
    }
    page.section(Section.builder("AUC by candidate").chart("auc-by-candidate",
        BarChart.of("AUC by candidate and view", "AUC", labels,
            values.stream().mapToDouble(Double::doubleValue).toArray(), 4)).build());
    Section.Builder calibration = Section.builder("Calibration by decile of the probability of bad");
    for (CandidateResult c : result.candidates()) {
      c.throughTheDoor().ifPresent(v ->
          calibration.table(calibrationTable(c.name() + ", through the door", v)));
      calibration.table(calibrationTable(c.name() + ", accepts", c.accepts()));
    }
    page.section(calibration.build());
    return page.build();
  }

  private static Table viewTable(String caption, StudyResult result, boolean door) {
    Table.Builder t = Table.builder(caption).textColumn("candidate").numberColumn("rows", 0)
        .numberColumn("bads", 0).numberColumn("AUC", 4).numberColumn("KS", 4)
        .numberColumn("Brier", 4).numberColumn("training rows", 0)
        .numberColumn("training weight", 1).numberColumn("CV AUC on its training rows", 4);
    for (CandidateResult c : result.candidates()) {
      ViewMetrics v = door ? c.throughTheDoor().orElseThrow() : c.accepts();
      t.row(c.name(), v.rows(), v.bads(), v.auc(), v.ks(), v.brier(), c.trainingRows(),
          c.trainingWeight(), c.cvAuc());
    }
    return t.build();
  }

  private static Table calibrationTable(String caption, ViewMetrics v) {
    Table.Builder t = Table.builder(caption).numberColumn("band", 0).numberColumn("rows", 0)
        .numberColumn("bads", 0).percentColumn("mean PD", 2).percentColumn("bad rate", 2);
    int band = 1;
    for (CalibrationRow r : v.calibration()) {
      t.row(band++, r.rows(), r.bads(), r.meanPd(), r.observedBadRate());
    }
    return t.build();
  }
}
