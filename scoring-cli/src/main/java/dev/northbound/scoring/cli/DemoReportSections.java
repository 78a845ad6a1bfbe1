package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.CalibrationChart;
import dev.northbound.scoring.toolkit.report.DistributionChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.StabilityChart;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo report's sections built from {@link DemoFigures}, with the evaluation report's charts. */
final class DemoReportSections {
  private DemoReportSections() {}

  static final int DISTRIBUTION_BINS = 30;
  static final int TOP_REASONS = 10;

  /** Score distribution of goods and bads and calibration, for the capacity and willingness scorecards. */
  static Section scores(DemoEvaluation e, DemoModels m) {
    Section.Builder s = Section.builder("Scores and calibration")
        .paragraph("Points of each scorecard on the held-out part: how goods and bads spread over the score, and "
            + "the predicted probability of default (from the points through the scaling: 600 points at 50:1, "
            + "20 points to double the odds) against the bad rate observed in each decile of points.");
    scorecard(s, "capacity", "Capacity scorecard", m.capacity, e);
    scorecard(s, "willingness", "Willingness scorecard", m.willingness, e);
    return s.build();
  }

  private static void scorecard(Section.Builder s, String key, String name, Scorecard card, DemoEvaluation e) {
    double[] points = e.models.get(name).scores();
    DemoFigures.Distribution d = DemoFigures.distribution(points, e.bad, DISTRIBUTION_BINS);
    s.chart(key + "-distribution", DistributionChart.of(name + ": score distribution", "Points", "Share of group",
        d.edges(), d.goods(), d.bads()));
    List<CalibrationRow> rows = DemoFigures.calibration(card, points, e.bad);
    List<String> labels = new ArrayList<>();
    double[] predicted = new double[rows.size()];
    double[] observed = new double[rows.size()];
    Table.Builder t = Table.builder(name + ": calibration by decile of points (D1 lowest)").textColumn("Decile")
        .textColumn("Points").numberColumn("Applicants", 0).numberColumn("Bads", 0).numberColumn("Expected bads", 1)
        .percentColumn("Mean predicted PD", 2).percentColumn("Observed bad rate", 2);
    for (int i = 0; i < rows.size(); i++) {
      CalibrationRow r = rows.get(i);
      labels.add("D" + (i + 1));
      predicted[i] = r.meanPd();
      observed[i] = r.observedBadRate();
      t.row("D" + (i + 1), DemoLabels.band(r.range()), r.rows(), r.bads(), r.expectedBads(), r.meanPd(),
          r.observedBadRate());
    }
    s.chart(key + "-calibration", CalibrationChart.of(name + ": observed against predicted", labels, predicted,
        observed));
    s.table(t.build());
  }

  /** PSI of each scorecard between the training part (baseline) and the held-out part. */
  static Section stability(Map<String, StabilityIndex> psi) {
    Table.Builder t = Table.builder("Score PSI, held-out part against the training part (training deciles)")
        .textColumn("Scorecard").numberColumn("PSI", 4).textColumn("Reading");
    List<String> names = new ArrayList<>();
    double[][] values = new double[psi.size()][1];
    int i = 0;
    for (Map.Entry<String, StabilityIndex> en : psi.entrySet()) {
      t.row(en.getKey(), en.getValue().value(), reading(en.getValue().value()));
      names.add(DemoReport.SHORT_NAMES.get(en.getKey()));
      values[i++][0] = en.getValue().value();
    }
    return Section.builder("Stability")
        .paragraph("Population stability index of the points: the training part's deciles are the bins. Below 0.10 "
            + "stable, 0.10 to 0.25 monitor, above 0.25 shifted. Both parts come from one random split of the same "
            + "portfolio, so the PSI should be near 0; a large value would point to a bug, not to drift.")
        .table(t.build())
        .chart("psi", StabilityChart.of("Score PSI: held-out against training part", names, List.of("PSI"), values))
        .build();
  }

  static String reading(double psi) {
    return psi < 0.10 ? "stable (< 0.10)" : psi <= 0.25 ? "monitor (0.10 to 0.25)" : "shifted (> 0.25)";
  }

  /** Which reasons the declined and referred applicants were given most often. */
  static Section reasons(DemoFigures.ReasonFrequency f) {
    return Section.builder("Reasons given")
        .paragraph(String.format(Locale.ROOT, "The %,d declined or referred held-out applicants were given %,d reasons: "
            + "the policy rules they hit and the two most important score reasons of each scorecard, as their "
            + "letter shows them. Share is of the %,d applicants.", f.applicants(), f.reasonsGiven(), f.applicants()))
        .chart("reason-frequency", reasonChart("Most frequent reasons (declined and referred)", f))
        .table(reasonTable("Reasons given to declined and referred applicants, most frequent first", f))
        .build();
  }

  /** The thin files: outcomes with and without alternative data, and why the rest are not approved. */
  static Section thinFiles(DemoSummary s, DemoFigures.ThinFiles t) {
    Table.Builder table = Table.builder("Thin-file applicants (no Hong Kong bureau file) of the held-out part by outcome")
        .textColumn("Outcome").numberColumn("Applicants, alternative data", 0).percentColumn("Share, alternative data", 1)
        .numberColumn("Applicants, bureau data only", 0).percentColumn("Share, bureau data only", 1);
    List<String> labels = new ArrayList<>();
    double[] values = new double[2 * t.withAlternative().size()];
    int i = 0;
    for (String o : t.withAlternative().keySet()) {
      int alt = t.withAlternative().get(o);
      int bureau = t.bureauOnly().get(o);
      table.row(o, alt, share(alt, t.count()), bureau, share(bureau, t.count()));
      String outcome = o.charAt(0) + o.substring(1).toLowerCase(Locale.ROOT);
      labels.add(outcome + ", alternative data");
      labels.add(outcome + ", bureau only");
      values[i++] = 100 * share(alt, t.count());
      values[i++] = 100 * share(bureau, t.count());
    }
    table.row("All thin files", t.count(), t.count() == 0 ? 0.0 : 1.0, t.count(), t.count() == 0 ? 0.0 : 1.0);
    int altApproved = t.withAlternative().get("APPROVE");
    int bureauApproved = t.bureauOnly().get("APPROVE");
    table.row("Bads among the approved (share: realised bad rate)", t.approvedBadsWithAlternative(),
        share(t.approvedBadsWithAlternative(), altApproved), t.approvedBadsBureauOnly(),
        share(t.approvedBadsBureauOnly(), bureauApproved));
    return Section.builder("Thin files: what alternative data buys")
        .paragraph(String.format(Locale.ROOT, "%,d held-out applicants have no Hong Kong bureau file. On bureau data "
            + "alone none of them can be told apart: every bureau feature is missing, so the bureau-only willingness "
            + "scorecard gives them all the same points (AUC on thin files %.3f). With alternative data (tax, MPF, "
            + "social insurance, utilities, telecom, rent) %,d (%.1f%%) have at least two verified sources and are "
            + "scoreable (AUC %.3f); %,d (%.1f%% of all thin files) are scoreable and approved.",
            t.count(), s.thinAucBureauOnly(), t.scoreable(), 100 * share(t.scoreable(), t.count()),
            s.thinAucWithAlternative(), t.scoreableAndApproved(), 100 * share(t.scoreableAndApproved(), t.count())))
        .paragraph(topReasons(t))
        .paragraph("Both columns decide the same applicants with the same policy and capacity scorecard; only the "
            + "willingness scorecard differs (with alternative data, or the one trained on bureau data only). On "
            + "bureau data alone every thin file gets the same willingness points, so the policy's thin-file cutoffs "
            + "approve or decline thin files by capacity alone; the last row shows what that costs in bads.")
        .table(table.build())
        .chart("thin-file-outcomes", BarChart.of("Thin files by outcome (% of thin files)", "Share of thin files (%)",
            labels, values, 1))
        .table(reasonTable(String.format(Locale.ROOT, "Why %,d thin files are not approved (with alternative data): "
            + "reasons given, most frequent first", t.notApproved().applicants()), t.notApproved()))
        .build();
  }

  /** One sentence naming the three reasons most often given to the thin files not approved. */
  static String topReasons(DemoFigures.ThinFiles t) {
    DemoFigures.ReasonFrequency f = t.notApproved();
    if (f.applicants() == 0) {
      return "Every thin file is approved.";
    }
    List<String> parts = new ArrayList<>();
    for (DemoFigures.ReasonCount r : f.reasons().subList(0, Math.min(3, f.reasons().size()))) {
      parts.add(String.format(Locale.ROOT, "%s \"%s\" (%,d, %.0f%%)", r.code(), r.messageEn(), r.count(),
          100 * share(r.count(), f.applicants())));
    }
    return String.format(Locale.ROOT, "%,d of the %,d thin files are not approved with alternative data. The reasons "
        + "they are given most often: %s.", f.applicants(), t.count(), String.join("; ", parts));
  }

  private static BarChart reasonChart(String title, DemoFigures.ReasonFrequency f) {
    List<DemoFigures.ReasonCount> top = f.reasons().subList(0, Math.min(TOP_REASONS, f.reasons().size()));
    List<String> labels = new ArrayList<>();
    double[] values = new double[top.size()];
    for (int i = 0; i < values.length; i++) {
      labels.add(top.get(i).code());
      values[i] = top.get(i).count();
    }
    if (labels.isEmpty()) {
      labels.add("none");
      values = new double[] {0};
    }
    return BarChart.of(title, "Times given", labels, values, 0);
  }

  private static Table reasonTable(String caption, DemoFigures.ReasonFrequency f) {
    Table.Builder t = Table.builder(caption).textColumn("Code").textColumn("Kind").textColumn("Reason (English)")
        .textColumn("Reason (中文)").numberColumn("Times given", 0).percentColumn("Share of applicants", 1);
    for (DemoFigures.ReasonCount r : f.reasons()) {
      t.row(r.code(), r.kind(), r.messageEn(), r.messageZh(), r.count(), share(r.count(), f.applicants()));
    }
    return t.build();
  }

  static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
