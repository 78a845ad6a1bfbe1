package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the maps of a training report's {@code report.json}. */
final class TrainingReportJson {

  private TrainingReportJson() {}

  static Map<String, Object> of(TrainingResult r, Scorecard card, Instant generatedAt,
      Map<String, String> data, long excluded) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", TrainingReport.SCHEMA_VERSION);
    root.put("kind", "training");
    root.put("generatedAt", generatedAt.toString());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", card.info().id());
    model.put("version", card.info().version());
    model.put("schemaFingerprint", card.info().schemaFingerprint());
    model.put("trainedBy", card.provenance().trainedBy());
    model.put("trainedAt", card.provenance().trainedAt().toString());
    model.put("seed", card.provenance().seed());
    model.put("settings", card.provenance().settings());
    root.put("model", model);
    Map<String, Object> dataNode = new LinkedHashMap<>(data);
    dataNode.put("fingerprint", r.dataFingerprint());
    root.put("data", dataNode);
    int rows = r.fit().rows();
    long bads = r.binnings().isEmpty() ? 0
        : r.binnings().get(0).bins().stream().mapToLong(WoeBin::bads).sum();
    root.put("rows", Map.of("total", rows, "bads", bads, "goods", rows - bads,
        "excluded", Map.of("indeterminate", excluded)));
    root.put("cv", cv(r.scorecardCv(), r.config()));
    if (!r.challengerCv().isEmpty()) {
      root.put("challenger", challenger(r.challengerCv().get(0), r.config()));
    }
    root.put("challengers", r.challengerCv().stream().map(c -> challenger(c, r.config())).toList());
    root.put("metrics", Map.of("trainingAuc", r.trainingAuc()));
    root.put("selection", selection(r.selection()));
    root.put("fit", fit(r.fit()));
    root.put("characteristics", characteristics(r, card));
    root.put("scorecard", Map.of("initialScore", card.initialScore(),
        "scaling", Map.of("basePoints", card.scaling().basePoints(),
            "baseOdds", card.scaling().baseOdds(),
            "pointsToDoubleOdds", card.scaling().pointsToDoubleOdds()),
        "grades", Map.of("labels", card.riskGrades().labels(),
            "cutoffs", card.riskGrades().cutoffs()),
        "minScore", card.minScore(), "maxScore", card.maxScore()));
    List<String> notes = new ArrayList<>();
    notes.add("AUC is the Mann-Whitney statistic on each held-out fold; binning, selection and the"
        + " fit are redone inside every training fold.");
    if (r.challengerCv().isEmpty()) {
      notes.add("No challenger was cross-validated.");
    }
    root.put("notes", notes);
    return root;
  }

  private static Map<String, Object> cv(CvAuc cv, TrainingConfig config) {
    return Map.of("k", config.folds(), "seed", config.seed(),
        "auc", Map.of("mean", cv.mean(), "folds", cv.folds()));
  }

  private static Map<String, Object> challenger(CvAuc cv, TrainingConfig config) {
    return Map.of("model", cv.model(), "cv", cv(cv, config));
  }

  private static Map<String, Object> selection(SelectionReport s) {
    return Map.of("selected", s.selected(), "dropped", s.dropped().stream()
        .map(d -> Map.of("characteristic", d.characteristic(), "reason", d.reason().name(),
            "detail", d.detail()))
        .toList());
  }

  private static Map<String, Object> fit(LogisticFit fit) {
    return Map.of("intercept", coefficient(fit.intercept()), "logLikelihood",
        fit.logLikelihood(), "l2", fit.l2(), "iterations", fit.iterations(), "rows", fit.rows());
  }

  static Map<String, Object> coefficient(Coefficient c) {
    return Map.of("estimate", c.estimate(), "standardError", c.standardError(), "z", c.z(),
        "pValue", c.pValue());
  }

  private static List<Object> characteristics(TrainingResult r, Scorecard card) {
    List<Object> out = new ArrayList<>();
    for (BinningResult b : r.binnings()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("name", b.characteristic());
      node.put("numeric", b.numeric());
      node.put("iv", b.iv());
      b.trend().ifPresent(t -> node.put("trend", t.name()));
      DraftCharacteristic drafted = r.draft().characteristics().stream()
          .filter(c -> c.name().equals(b.characteristic())).findFirst().orElse(null);
      node.put("selected", drafted != null);
      if (drafted != null) {
        node.put("coefficient", coefficient(drafted.coefficient()));
        card.characteristics().stream().filter(c -> c.feature().equals(b.characteristic()))
            .findFirst().ifPresent(c -> node.put("reasonCode", c.reasonCode()));
      }
      long total = r.fit().rows();
      List<Object> bins = new ArrayList<>();
      for (int i = 0; i < b.bins().size(); i++) {
        WoeBin bin = b.bins().get(i);
        Map<String, Object> binNode = new LinkedHashMap<>();
        binNode.put("bin", BinLabels.of(bin.attribute()));
        binNode.put("goods", bin.goods());
        binNode.put("bads", bin.bads());
        binNode.put("share", bin.share(total));
        if (bin.goods() + bin.bads() > 0) {
          binNode.put("badRate", bin.badRate());
        }
        binNode.put("woe", bin.woe());
        binNode.put("iv", bin.iv());
        if (drafted != null) {
          binNode.put("points", drafted.attributes().get(i).points());
        }
        bins.add(binNode);
      }
      node.put("bins", bins);
      out.add(node);
    }
    return out;
  }
}
