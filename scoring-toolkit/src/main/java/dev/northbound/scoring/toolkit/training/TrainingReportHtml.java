package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the page of a training report. */
final class TrainingReportHtml {

  private TrainingReportHtml() {}

  static HtmlReport of(TrainingResult r, Scorecard card, Instant generatedAt,
      Map<String, String> data, Optional<TrainingDiagnostics> diagnostics,
      Optional<String> spec) {
    HtmlReport.Builder page = HtmlReport.builder()
        .title("Training report: " + card.info().id() + " " + card.info().version())
        .generatedAt(generatedAt)
        .keyFigure("Scorecard CV AUC (mean of " + r.config().folds() + " folds)",
            r.scorecardCv().mean(), 4);
    for (CvAuc c : r.challengerCv()) {
      page.keyFigure(name(c.model()) + " CV AUC", c.mean(), 4);
    }
    page.keyFigure("Training AUC (in sample)", r.trainingAuc(), 4)
        .keyFigure("Characteristics selected",
            r.selection().selected().size() + " of " + r.binnings().size())
        .keyFigure("Rows", String.format(Locale.ROOT, "%,d", r.fit().rows()));
    diagnostics.ifPresent(d -> page.keyFigure("Training KS (in sample)", d.training().ks().value(), 4));
    diagnostics.ifPresent(d -> page.keyFigure("Held-out KS (cross-validated)", d.heldOut().ks().value(), 4));
    page.section(crossValidation(r, data));
    diagnostics.ifPresent(d -> page.section(TrainingReportSections.trainingPerformance(d)));
    diagnostics.ifPresent(d -> page.section(TrainingReportSections.heldOutPerformance(r, d)));
    page.section(characteristics(r));
    page.section(TrainingReportSections.selectionLog(r));
    page.section(TrainingReportSections.coefficients(r, diagnostics));
    page.section(scorecard(r, card));
    TrainingReportSections.characteristics(r).forEach(page::section);
    diagnostics.ifPresent(d -> page.section(TrainingReportSections.fairness(r, d)));
    page.section(TrainingReportSections.provenance(r, card, data));
    page.section(spec.map(TrainingReportSections::specUsed).orElseGet(() ->
        Section.builder("Training spec used").paragraph("No training spec was given: the run"
            + " used the default configuration with the settings listed under provenance.")
            .build()));
    page.footer("Produced by Northbound training. Aggregate figures only; the data fingerprint is "
        + r.dataFingerprint().substring(0, 12) + ".");
    return page.build();
  }

  private static String name(String model) {
    return TrainingReportSections.modelName(model);
  }

  private static Section crossValidation(TrainingResult r, Map<String, String> data) {
    String source = data.isEmpty() ? "" : " Data: " + String.join(", ", data.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).toList()) + ".";
    return TrainingReportSections.crossValidation("Scorecard", r.scorecardCv(), r.challengerCv(),
        r.config().folds() + " stratified folds, seed " + r.config().seed() + ". Binning, selection and"
            + " the logistic fit are redone inside every training fold; each challenger is"
            + " trained on the same folds." + source);
  }

  private static Section characteristics(TrainingResult r) {
    List<BinningResult> byIv = new ArrayList<>(r.binnings());
    byIv.sort(Comparator.comparingDouble(BinningResult::iv).reversed()
        .thenComparing(BinningResult::characteristic));
    Table.Builder table = Table.builder("Information value and selection")
        .textColumn("Characteristic").numberColumn("IV", 4).numberColumn("Bins", 0)
        .textColumn("Decision");
    for (BinningResult b : byIv) {
      String decision = r.selection().selected().contains(b.characteristic()) ? "selected"
          : r.selection().dropped().stream()
              .filter(d -> d.characteristic().equals(b.characteristic()))
              .map(d -> "dropped: " + d.detail()).findFirst().orElse("dropped");
      table.row(b.characteristic(), b.iv(), b.bins().size(), decision);
    }
    return Section.builder("Characteristics")
        .chart("information-value", BarChart.of("Information value per characteristic",
            "Information value", byIv.stream().map(BinningResult::characteristic).toList(),
            byIv.stream().mapToDouble(BinningResult::iv).toArray(), 3),
            "Characteristics below IV " + r.config().ivThreshold() + " are dropped.")
        .table(table.build())
        .build();
  }

  private static Section scorecard(TrainingResult r, Scorecard card) {
    Table.Builder table = Table.builder("The scorecard (initial score "
        + String.format(Locale.ROOT, "%.2f", card.initialScore()) + ")")
        .textColumn("Characteristic").textColumn("Reason code").textColumn("Bin")
        .numberColumn("WoE", 4).numberColumn("Points", 2);
    for (DraftCharacteristic c : r.draft().characteristics()) {
      Characteristic ch = card.characteristics().stream()
          .filter(x -> x.feature().equals(c.name())).findFirst().orElseThrow();
      for (int i = 0; i < c.attributes().size(); i++) {
        DraftAttribute a = c.attributes().get(i);
        Bin bin = ch.bins().get(i);
        table.row(i == 0 ? c.name() : "", i == 0 ? ch.reasonCode() : "",
            BinLabels.range(a.attribute()), a.woe(), bin.points());
      }
    }
    Table.Builder grades = Table.builder("Risk grades (from the training score distribution)")
        .textColumn("Grade").textColumn("Points");
    List<String> labels = card.riskGrades().labels();
    List<Double> cutoffs = card.riskGrades().cutoffs();
    for (int g = 0; g < labels.size(); g++) {
      String range = g == 0 ? "at least " + cutoffs.get(0)
          : g == labels.size() - 1 ? "below " + cutoffs.get(g - 1)
          : cutoffs.get(g) + " to below " + cutoffs.get(g - 1);
      grades.row(labels.get(g), labels.size() == 1 ? "all" : range);
    }
    return Section.builder("Scorecard")
        .paragraph("Points = -factor x coefficient x WoE; initial score = offset - factor x"
            + " intercept. Scaling: " + card.scaling().basePoints() + " points at "
            + card.scaling().baseOdds() + ":1 good:bad odds, " + card.scaling().pointsToDoubleOdds()
            + " points to double the odds.")
        .table(table.build())
        .table(grades.build())
        .build();
  }
}
