package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.LineChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Series;
import dev.northbound.scoring.toolkit.report.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the page of a training report. */
final class TrainingReportHtml {

  private TrainingReportHtml() {}

  static HtmlReport of(TrainingResult r, Scorecard card, Instant generatedAt,
      Map<String, String> data) {
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
    page.section(crossValidation(r, data));
    page.section(characteristics(r));
    page.section(scorecard(r, card));
    page.section(fit(r));
    page.section(woe(r));
    page.footer("Produced by Northbound training. Aggregate figures only; the data fingerprint is "
        + r.dataFingerprint().substring(0, 12) + ".");
    return page.build();
  }

  private static String name(String model) {
    return model.equals("xgboost") ? "XGBoost" : model.toUpperCase(Locale.ROOT);
  }

  private static Section crossValidation(TrainingResult r, Map<String, String> data) {
    int k = r.config().folds();
    double[] x = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = i + 1;
    }
    List<Series> series = new ArrayList<>();
    series.add(Series.of(String.format(Locale.ROOT, "Scorecard (mean %.4f)", r.scorecardCv().mean()),
        x, r.scorecardCv().folds().stream().mapToDouble(Double::doubleValue).toArray()));
    Table.Builder table = Table.builder("AUC on each held-out fold").textColumn("Model");
    for (int i = 1; i <= k; i++) {
      table.numberColumn("Fold " + i, 4);
    }
    table.numberColumn("Mean", 4);
    table.row(row("Scorecard", r.scorecardCv()));
    for (CvAuc c : r.challengerCv()) {
      series.add(Series.of(String.format(Locale.ROOT, "%s (mean %.4f)", name(c.model()), c.mean()),
          x, c.folds().stream().mapToDouble(Double::doubleValue).toArray()));
      table.row(row(name(c.model()), c));
    }
    String source = data.isEmpty() ? "" : " Data: " + String.join(", ", data.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).toList()) + ".";
    return Section.builder("Cross-validation")
        .paragraph(k + " stratified folds, seed " + r.config().seed() + ". Binning, selection and"
            + " the logistic fit are redone inside every training fold; each challenger is"
            + " trained on the same folds." + source)
        .chart("cv-auc", LineChart.of("Cross-validated AUC per fold", "Fold", "AUC", series,
            false), "Higher is better; the scorecard and its challengers on the same folds.")
        .table(table.build())
        .build();
  }

  private static Object[] row(String model, CvAuc cv) {
    List<Object> cells = new ArrayList<>();
    cells.add(model);
    cells.addAll(cv.folds());
    cells.add(cv.mean());
    return cells.toArray();
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
            BinLabels.of(a.attribute()), a.woe(), bin.points());
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

  private static Section fit(TrainingResult r) {
    Table.Builder table = Table.builder("Logistic regression on WoE (log-odds of bad)")
        .textColumn("Term").numberColumn("Estimate", 4).numberColumn("Std. error", 4)
        .numberColumn("z", 2).numberColumn("p-value", 6);
    List<Coefficient> all = new ArrayList<>();
    all.add(r.fit().intercept());
    all.addAll(r.fit().slopes());
    for (Coefficient c : all) {
      table.row(c.name(), c.estimate(), c.standardError(), c.z(), c.pValue());
    }
    return Section.builder("Logistic fit")
        .paragraph("Newton-Raphson, L2 penalty " + r.fit().l2() + ", " + r.fit().iterations()
            + " iterations on " + r.fit().rows() + " rows. Standard errors from the inverse of"
            + " the (penalised) Hessian; two-sided Wald p-values.")
        .table(table.build())
        .build();
  }

  private static Section woe(TrainingResult r) {
    Section.Builder section = Section.builder("Weight of evidence by bin")
        .paragraph("WoE = ln(%good / %bad): bars to the right mark lower risk than average.");
    for (DraftCharacteristic c : r.draft().characteristics()) {
      section.chart("woe-" + c.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", ""),
          BarChart.of("WoE of " + c.name(), "Weight of evidence",
              c.attributes().stream().map(a -> BinLabels.of(a.attribute())).toList(),
              c.attributes().stream().mapToDouble(DraftAttribute::woe).toArray(), 2));
    }
    return section.build();
  }
}
