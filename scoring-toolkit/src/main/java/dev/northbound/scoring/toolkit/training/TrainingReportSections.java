package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.report.BinChart;
import dev.northbound.scoring.toolkit.report.CalibrationChart;
import dev.northbound.scoring.toolkit.report.KsChart;
import dev.northbound.scoring.toolkit.report.LineChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Series;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of the training report that make it a model development document. The public ones
 * also serve the boosted scorecard's training report, so both show cross-validation, held-out
 * performance, fairness, provenance and the spec alike.
 */
public final class TrainingReportSections {

  private TrainingReportSections() {}

  /** A challenger's name as the page shows it: {@code XGBoost}, otherwise the code in capitals. */
  public static String modelName(String model) {
    return model.equals("xgboost") ? "XGBoost" : model.toUpperCase(Locale.ROOT);
  }

  /**
   * The section "Cross-validation": the AUC per fold of the card and each challenger on the same
   * folds, as a line chart ({@code cv-auc}) and a table with the means.
   *
   * @param label the card's name in the chart and table, for example {@code "Scorecard"}
   * @param card the card's cross-validated AUC
   * @param challengers the challengers' cross-validated AUCs on the same folds
   * @param paragraph how the folds were made and what was redone in them
   */
  public static Section crossValidation(String label, CvAuc card, List<CvAuc> challengers,
      String paragraph) {
    int k = card.folds().size();
    double[] x = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = i + 1;
    }
    List<Series> series = new ArrayList<>();
    series.add(Series.of(String.format(Locale.ROOT, "%s (mean %.4f)", label, card.mean()),
        x, card.folds().stream().mapToDouble(Double::doubleValue).toArray()));
    Table.Builder table = Table.builder("AUC on each held-out fold").textColumn("Model");
    for (int i = 1; i <= k; i++) {
      table.numberColumn("Fold " + i, 4);
    }
    table.numberColumn("Mean", 4);
    table.row(row(label, card));
    for (CvAuc c : challengers) {
      series.add(Series.of(String.format(Locale.ROOT, "%s (mean %.4f)", modelName(c.model()), c.mean()),
          x, c.folds().stream().mapToDouble(Double::doubleValue).toArray()));
      table.row(row(modelName(c.model()), c));
    }
    return Section.builder("Cross-validation")
        .paragraph(paragraph)
        .chart("cv-auc", LineChart.of("Cross-validated AUC per fold", "Fold", "AUC", series,
            false), "Higher is better; the " + label.toLowerCase(Locale.ROOT)
            + " and its challengers on the same folds.")
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

  /** The selection log: every characteristic, kept or dropped, with the reason. */
  static Section selectionLog(TrainingResult r) {
    Table.Builder table = Table.builder("Selection log (by descending IV)")
        .textColumn("Characteristic").numberColumn("IV", 4).textColumn("Decision")
        .textColumn("Reason").textColumn("Detail");
    for (TrainingSelectionLog.Entry e : TrainingSelectionLog.of(r)) {
      table.row(e.characteristic(), e.iv(), e.decision(), e.reason().orElse("-"), e.detail());
    }
    return Section.builder("Selection log")
        .paragraph("IV floor " + r.config().ivThreshold() + "; a characteristic whose WoE"
            + " correlates above the ceiling with a stronger one, or is collinear with the kept"
            + " ones, or makes the fit singular, is dropped with the numbers shown, as is one the"
            + " training spec excludes or that fails its VIF, p-value or sign check.")
        .table(table.build())
        .build();
  }

  /** One section per characteristic: the bin table and the bad rate / WoE chart. */
  static List<Section> characteristics(TrainingResult r) {
    List<Section> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    long total = r.fit().rows();
    for (int k = 0; k < r.binnings().size(); k++) {
      BinningResult b = r.binnings().get(k);
      Optional<DraftCharacteristic> drafted = r.draft().characteristics().stream()
          .filter(c -> c.name().equals(b.characteristic())).findFirst();
      String status = drafted.isPresent() ? "selected" : TrainingSelectionLog.of(r).stream()
          .filter(e -> e.characteristic().equals(b.characteristic())).findFirst()
          .map(e -> "dropped: " + e.detail()).orElse("dropped");
      out.add(characteristic(b, k, total, drafted, status, names));
    }
    return out;
  }

  /**
   * The section of one characteristic: its bin table (range or group, count, share, goods, bads,
   * bad rate, WoE, IV, and points when it is in the scorecard) and its bad rate / WoE chart.
   *
   * @param k its column position, for a chart name when its own name has no letters or digits
   * @param names the chart names taken so far on the page (updated)
   */
  static Section characteristic(BinningResult b, int k, long total, Optional<DraftCharacteristic> drafted,
      String status, java.util.Set<String> names) {
    Table.Builder table = Table.builder("Bins of " + b.characteristic() + " (IV "
            + String.format(Locale.ROOT, "%.4f", b.iv()) + ")")
        .textColumn(b.numeric() ? "Range" : "Group").numberColumn("Count", 0)
        .percentColumn("Share", 1).numberColumn("Goods", 0).numberColumn("Bads", 0)
        .percentColumn("Bad rate", 1).numberColumn("WoE", 4).numberColumn("IV", 4);
    if (drafted.isPresent()) {
      table.numberColumn("Points", 2);
    }
    List<String> labels = new ArrayList<>();
    double[] rates = new double[b.bins().size()];
    double[] woe = new double[b.bins().size()];
    for (int i = 0; i < b.bins().size(); i++) {
      WoeBin bin = b.bins().get(i);
      long count = bin.goods() + bin.bads();
      String label = BinLabels.range(bin.attribute());
      labels.add(label);
      rates[i] = count == 0 ? 0 : bin.badRate();
      woe[i] = bin.woe();
      List<Object> row = new ArrayList<>(List.of(label, count, bin.share(total), bin.goods(),
          bin.bads(), rates[i], bin.woe(), bin.iv()));
      int index = i;
      drafted.ifPresent(d -> row.add(d.attributes().get(index).points()));
      table.row(row.toArray());
    }
    return Section.builder("Characteristic: " + b.characteristic())
        .paragraph((b.numeric() ? "Numeric" : "Categorical") + ", "
            + b.trend().map(t -> "bad-rate trend " + t.name().toLowerCase(Locale.ROOT))
                .orElse("bins given") + "; " + status + ". An empty bin shows a bad rate of 0.")
        .table(table.build())
        .chart(chartName(k, b.characteristic(), names), BinChart.of("Bad rate and WoE of "
            + b.characteristic(), labels, rates, woe))
        .build();
  }

  /** Coefficients with their Wald statistics and, with the training data, the VIF. */
  static Section coefficients(TrainingResult r, Optional<TrainingDiagnostics> diagnostics) {
    Table.Builder table = Table.builder("Logistic regression on WoE (log-odds of bad)")
        .textColumn("Term").numberColumn("Estimate", 4).numberColumn("Std. error", 4)
        .numberColumn("z", 2).numberColumn("p-value", 6);
    diagnostics.ifPresent(d -> table.textColumn("VIF"));
    List<Coefficient> all = new ArrayList<>();
    all.add(r.fit().intercept());
    all.addAll(r.fit().slopes());
    for (Coefficient c : all) {
      List<Object> row = new ArrayList<>(List.of(c.name(), c.estimate(), c.standardError(), c.z(),
          c.pValue()));
      diagnostics.ifPresent(d -> row.add(Optional.ofNullable(d.vif().get(c.name()))
          .map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("-")));
      table.row(row.toArray());
    }
    return Section.builder("Coefficients")
        .paragraph("Newton-Raphson, L2 penalty " + r.fit().l2() + ", " + r.fit().iterations()
            + " iterations on " + r.fit().rows() + " rows. Standard errors from the inverse of"
            + " the (penalised) Hessian; two-sided Wald p-values. With WoE coding every slope"
            + " should be negative. VIF = 1 / (1 - R²) of each selected WoE column regressed on"
            + " the others.")
        .table(table.build())
        .build();
  }

  /** The spec's protected attributes as fairness segments: never predictors, always shown. */
  static Section fairness(TrainingResult r, TrainingDiagnostics d) {
    return fairness(r.protectedAttributes(), d.fairness(), "training data");
  }

  /**
   * The protected attributes as fairness segments, or a sentence that there are none.
   *
   * @param attributes the protected attributes the training spec names
   * @param groups their groups ({@link ProtectedGroup#of})
   * @param scores which scores the groups were computed from, for the table caption, for example
   *     {@code "training data"}
   */
  public static Section fairness(List<String> attributes, List<ProtectedGroup> groups, String scores) {
    Section.Builder section = Section.builder("Protected attributes");
    if (attributes.isEmpty()) {
      return section.paragraph("The training spec names no protected attributes.").build();
    }
    Table.Builder table = Table.builder("Outcomes and scores by group (" + scores + ")")
        .textColumn("Attribute").textColumn("Group").numberColumn("Rows", 0).numberColumn("Bads", 0)
        .percentColumn("Bad rate", 1).percentColumn("Mean PD", 1).textColumn("AUC within group");
    for (ProtectedGroup g : groups) {
      table.row(g.attribute(), g.group(), g.rows(), g.bads(), g.badRate(), g.meanPd(),
          g.auc().isPresent() ? String.format(Locale.ROOT, "%.4f", g.auc().getAsDouble()) : "-");
    }
    return section.paragraph("Named in the training spec (" + String.join(", ", attributes)
            + "): never binned or used as predictors, shown here so a validator can compare observed"
            + " bad rates with predicted PD and the score's power within each group.")
        .table(table.build())
        .build();
  }

  /** ROC, KS and calibration on the training data, in sample. */
  static Section trainingPerformance(TrainingDiagnostics d) {
    TrainingDiagnostics.Performance p = d.training();
    return performance("Performance on the training data", "training", "training data", p,
        String.format(Locale.ROOT, "In sample: AUC %.4f, Gini %.4f, KS %.4f at score %.2f. The"
            + " held-out performance follows.", p.auc(), 2 * p.auc() - 1, p.ks().value(), p.ks().cutoff()));
  }

  /** ROC, KS and calibration of the cross-validated predictions, held out. */
  static Section heldOutPerformance(TrainingResult r, TrainingDiagnostics d) {
    return heldOutPerformance(d.heldOut(), r.config().folds(), "binning and selection",
        " the in-sample figures above are optimistic.");
  }

  /**
   * ROC, KS and calibration of cross-validated predictions (charts {@code heldout-roc},
   * {@code heldout-ks}, {@code heldout-calibration}) and the calibration table.
   *
   * @param p the performance of the out-of-fold scores
   * @param folds the number of folds
   * @param redone what was redone on each training part, for example {@code "binning and selection"}
   * @param after the end of the paragraph, after "This is the estimate of performance on new
   *     applicants;"
   */
  public static Section heldOutPerformance(TrainingDiagnostics.Performance p, int folds, String redone,
      String after) {
    return performance("Held-out performance (cross-validated predictions)", "heldout", "held out", p,
        String.format(Locale.ROOT, "Every row scored by the scorecard of the fold that held it out"
            + " (%d folds; %s redone on each training part), pooled: AUC %.4f, Gini"
            + " %.4f, KS %.4f at score %.2f. This is the estimate of performance on new applicants;"
            + "%s", folds, redone, p.auc(), 2 * p.auc() - 1, p.ks().value(), p.ks().cutoff(), after));
  }

  private static Section performance(String title, String prefix, String sample,
      TrainingDiagnostics.Performance p, String paragraph) {
    double[] x = p.roc().stream().mapToDouble(CurvePoint::x).toArray();
    double[] y = p.roc().stream().mapToDouble(CurvePoint::y).toArray();
    List<String> bands = new ArrayList<>();
    double[] predicted = new double[p.calibration().size()];
    double[] observed = new double[predicted.length];
    Table.Builder table = Table.builder("Calibration by score decile (" + sample + ")")
        .textColumn("Score band").numberColumn("Rows", 0).numberColumn("Bads", 0)
        .percentColumn("Mean PD", 2).percentColumn("Observed bad rate", 2);
    for (int i = 0; i < predicted.length; i++) {
      CalibrationRow row = p.calibration().get(i);
      bands.add("D" + (i + 1));
      predicted[i] = row.meanPd();
      observed[i] = row.observedBadRate();
      table.row("D" + (i + 1) + " " + band(row), row.rows(), row.bads(), row.meanPd(),
          row.observedBadRate());
    }
    return Section.builder(title)
        .paragraph(paragraph)
        .chart(prefix + "-roc", LineChart.of("ROC, " + sample, "False positive rate",
            "True positive rate", List.of(Series.of(String.format(Locale.ROOT,
                "Scorecard (AUC %.4f)", p.auc()), x, y)), true))
        .chart(prefix + "-ks", KsChart.of("KS, " + sample, "Score", p.ksScores(),
            p.goodsAtOrBelow(), p.badsAtOrBelow()))
        .chart(prefix + "-calibration", CalibrationChart.of("Calibration by score decile, " + sample,
            bands, predicted, observed))
        .table(table.build())
        .build();
  }

  /** A score band as {@code < 463.19}, {@code [463.19, 482.88)} or {@code >= 562.27}. */
  private static String band(CalibrationRow row) {
    String lower = row.range().lower().isPresent()
        ? String.format(Locale.ROOT, "%.2f", row.range().lower().getAsDouble()) : "";
    String upper = row.range().upper().isPresent()
        ? String.format(Locale.ROOT, "%.2f", row.range().upper().getAsDouble()) : "";
    return lower.isEmpty() ? (upper.isEmpty() ? "all scores" : "< " + upper)
        : upper.isEmpty() ? ">= " + lower : "[" + lower + ", " + upper + ")";
  }

  /** Data fingerprint and provenance. */
  static Section provenance(TrainingResult r, Scorecard card, Map<String, String> data) {
    return provenance(r.dataFingerprint(), card, data);
  }

  /**
   * The section "Data and provenance": the model, its provenance and every provenance setting, the
   * data fingerprint and the data description.
   */
  public static Section provenance(String dataFingerprint, Scorecard card, Map<String, String> data) {
    ModelProvenance p = card.provenance();
    Table.Builder table = Table.builder("Provenance").textColumn("Item").textColumn("Value");
    table.row("Model", card.info().id() + " " + card.info().version());
    table.row("Trained by", p.trainedBy());
    table.row("Trained at", p.trainedAt().toString());
    table.row("Seed", Long.toString(p.seed()));
    p.libraryVersion().ifPresent(v -> table.row("Library version", v));
    p.jvm().ifPresent(v -> table.row("JVM", v));
    table.row("Data fingerprint", dataFingerprint);
    data.forEach((k, v) -> table.row("Data " + k, v));
    p.settings().forEach((k, v) -> table.row("Setting " + k, v));
    return Section.builder("Data and provenance").table(table.build()).build();
  }

  /** The section "Training spec used": the spec text, shown verbatim. */
  public static Section specUsed(String specJson) {
    return Section.builder("Training spec used")
        .paragraph("The training spec of this run, as given.")
        .code(specJson)
        .build();
  }

  /**
   * {@code woe-checking-status}: the name's ASCII letters and digits, as before this report had a
   * chart per characteristic; {@code woe-N} (N the column position) for a name with none of them
   * or one already taken.
   */
  static String chartName(int index, String name, java.util.Set<String> taken) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    String chart = "woe-" + slug;
    if (slug.isEmpty() || taken.contains(chart)) {
      chart = "woe-" + (index + 1);
    }
    taken.add(chart);
    return chart;
  }
}
