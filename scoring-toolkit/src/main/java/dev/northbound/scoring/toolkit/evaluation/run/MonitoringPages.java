package dev.northbound.scoring.toolkit.evaluation.run;

import static dev.northbound.scoring.toolkit.evaluation.run.ReportParts.map;

import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.toolkit.evaluation.MonthlyStability;
import dev.northbound.scoring.toolkit.evaluation.StabilityBin;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.StabilityChart;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@code report.json} data and {@code report.html} page of a monitoring run. */
final class MonitoringPages {

  private MonitoringPages() {}

  static Map<String, Object> json(MonitoringRun.MonitoringResult r) {
    Map<String, Object> root = map();
    root.put("schemaVersion", ReportParts.SCHEMA_VERSION);
    root.put("kind", "monitoring");
    root.put("generatedAt", r.generatedAt().toString());
    root.put("model", ReportParts.model(r.model()));
    Map<String, Object> data = map();
    data.put("baseline", r.baseline().description());
    data.put("current", r.current().description());
    root.put("data", data);
    Map<String, Object> rows = map();
    rows.put("baseline", ReportParts.rows(r.base()));
    rows.put("current", ReportParts.rows(r.now()));
    rows.put("scored", r.base().size() + (long) r.now().size());
    rows.put("skipped", r.base().skipped + r.now().skipped);
    root.put("rows", rows);
    Map<String, Object> metrics = map();
    metrics.put("psi", r.psi().value());
    long nBase = r.base().size();
    long nNow = r.now().size();
    metrics.put("psiBand", PsiStatus.status(r.psi(), nBase, nNow));
    metrics.put("psiNoiseFloor", PsiStatus.noiseFloor(r.psi().bins().size(), nBase, nNow));
    Map<String, Object> csiValues = map();
    r.csi().forEach((feature, index) -> csiValues.put(feature, index.value()));
    metrics.put("csi", csiValues);
    root.put("metrics", metrics);
    Map<String, Object> stability = map();
    Map<String, Object> score = ReportParts.index(r.psi());
    score.put("band", PsiStatus.status(r.psi(), nBase, nNow));
    stability.put("score", score);
    Map<String, Object> characteristics = map();
    for (Characteristic ch : r.model().characteristics()) {
      Map<String, Object> index = ReportParts.index(r.csi().get(ch.name()));
      index.put("band", PsiStatus.status(r.csi().get(ch.name()), nBase, nNow));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> bins = (List<Map<String, Object>>) index.get("bins");
      bins.forEach(b -> b.put("label", binLabel(ch, (String) b.get("label"))));
      characteristics.put(ch.name(), index);
    }
    stability.put("characteristics", characteristics);
    List<Map<String, Object>> months = new ArrayList<>();
    for (MonthlyStability ms : r.byMonth()) {
      Map<String, Object> e = map();
      e.put("month", ms.month().toString());
      e.put("rows", ms.rows());
      e.put("psi", ms.index().value());
      e.put("band", PsiStatus.status(ms.index(), nBase, ms.rows()));
      months.add(e);
    }
    stability.put("byMonth", months);
    root.put("stability", stability);
    root.put("characteristics", ReportParts.characteristics(r.model(), Optional.empty()));
    List<String> notes = new ArrayList<>();
    if (!PsiStatus.sufficient(r.psi(), nBase, nNow)) {
      notes.add(PsiStatus.note(r.psi(), nBase, nNow));
    }
    if (r.byMonth().isEmpty()) {
      notes.add("No current row has a month: PSI by month is left out.");
    }
    root.put("notes", notes);
    return root;
  }

  /** The bin label of a CSI code label ({@code "code 3"} is the characteristic's fourth bin). */
  private static String binLabel(Characteristic ch, String codeLabel) {
    int code = Integer.parseInt(codeLabel.substring("code ".length()));
    return ch.bins().get(code).label();
  }

  static HtmlReport html(MonitoringRun.MonitoringResult r) {
    HtmlReport.Builder page = HtmlReport.builder()
        .title("Stability of " + r.model().info().id() + " " + r.model().info().version())
        .generatedAt(r.generatedAt())
        .keyFigure("Score PSI", r.psi().value(), 4)
        .keyFigure("Band", PsiStatus.status(r.psi(), r.base().size(), r.now().size()))
        .keyFigure("Baseline rows", String.format(Locale.ROOT, "%,d", r.base().size()))
        .keyFigure("Current rows", String.format(Locale.ROOT, "%,d", r.now().size()))
        .keyFigure("Records skipped", String.format(Locale.ROOT, "%,d", r.base().skipped + r.now().skipped));
    List<String> categories = new ArrayList<>(List.of("Score (PSI)"));
    double[][] values = new double[1 + r.csi().size()][1];
    values[0][0] = r.psi().value();
    int row = 1;
    for (Map.Entry<String, StabilityIndex> e : r.csi().entrySet()) {
      categories.add(e.getKey());
      values[row++][0] = e.getValue().value();
    }
    Table.Builder csi = Table.builder("CSI of each characteristic over its scorecard bins").textColumn("Characteristic")
        .numberColumn("CSI", 4).textColumn("Band");
    r.csi().forEach((feature, index) -> csi.row(feature, index.value(),
        PsiStatus.status(index, r.base().size(), r.now().size())));
    Section.Builder stability = Section.builder("Stability").paragraph(String.format(Locale.ROOT,
            "%s against %s. Below 0.10 stable, 0.10 to 0.25 monitor, above 0.25 shifted.",
            r.current().description(), r.baseline().description()));
    if (!PsiStatus.sufficient(r.psi(), r.base().size(), r.now().size())) {
      stability.paragraph(PsiStatus.note(r.psi(), r.base().size(), r.now().size()));
    }
    stability
        .chart("stability", StabilityChart.of("PSI of the score and CSI of each characteristic", categories,
            List.of("current against baseline"), values))
        .table(scoreBins(r.psi())).table(csi.build());
    page.section(stability.build());
    if (!r.byMonth().isEmpty()) {
      List<String> months = new ArrayList<>();
      double[][] monthly = new double[1][r.byMonth().size()];
      for (int k = 0; k < r.byMonth().size(); k++) {
        months.add(r.byMonth().get(k).month().toString());
        monthly[0][k] = r.byMonth().get(k).index().value();
      }
      page.section(Section.builder("By month").chart("psi-by-month", StabilityChart.of(
          "PSI of the score by month of the current sample", List.of("Score (PSI)"), months, monthly)).build());
    }
    Section.Builder data = Section.builder("Data").paragraph(String.format(Locale.ROOT,
        "Baseline: %,d records read, %,d scored, %,d skipped. Current: %,d records read, %,d scored, %,d skipped.",
        r.base().records, r.base().size(), r.base().skipped, r.now().records, r.now().size(), r.now().skipped));
    if (r.base().skipped > 0) {
      data.table(ReportParts.skippedTable(r.base()));
    }
    if (r.now().skipped > 0) {
      data.table(ReportParts.skippedTable(r.now()));
    }
    page.section(data.build());
    page.section(Section.builder("Scorecard").table(ReportParts.scorecardTable(r.model(), Optional.empty())).build());
    return page.build();
  }

  private static Table scoreBins(StabilityIndex psi) {
    Table.Builder t = Table.builder("Score PSI by baseline decile").textColumn("Score band")
        .numberColumn("Baseline", 0).numberColumn("Current", 0).percentColumn("Baseline share", 2)
        .percentColumn("Current share", 2).numberColumn("Contribution", 5);
    for (StabilityBin b : psi.bins()) {
      t.row(b.label(), b.baselineCount(), b.currentCount(), b.baselineShare(), b.currentShare(), b.contribution());
    }
    return t.build();
  }
}
