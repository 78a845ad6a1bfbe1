package dev.northbound.scoring.toolkit.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the maps of a training report's {@code report.json}. The public pieces also serve the
 * boosted scorecard's training report, so both write cross-validation, held-out performance,
 * fairness and the spec in one layout ({@code docs/report-format.md}).
 */
public final class TrainingReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TrainingReportJson() {}

  /**
   * The spec text as a JSON object tree.
   *
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static Map<String, Object> parseSpec(String specJson) {
    try {
      Object tree = MAPPER.readValue(specJson, Object.class);
      if (!(tree instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("the training spec must be a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) tree;
      return map;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the training spec is not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    }
  }

  static Map<String, Object> of(TrainingResult r, Scorecard card, Instant generatedAt,
      Map<String, String> data, long excluded, Optional<TrainingDiagnostics> diagnostics,
      Optional<String> spec) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", TrainingReport.SCHEMA_VERSION);
    root.put("kind", "training");
    root.put("generatedAt", generatedAt.toString());
    root.put("model", model(card));
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
    root.put("selection", selection(r));
    root.put("fit", fit(r.fit()));
    root.put("characteristics", characteristics(r, card, diagnostics));
    diagnostics.ifPresent(d -> root.put("training", training(d)));
    diagnostics.ifPresent(d -> root.put("heldOut", performance(d.heldOut())));
    spec.ifPresent(text -> root.put("spec", parseSpec(text)));
    root.put("scorecard", scorecard(card));
    List<String> notes = new ArrayList<>();
    notes.add("AUC is the Mann-Whitney statistic on each held-out fold; binning, selection and the"
        + " fit are redone inside every training fold.");
    if (r.challengerCv().isEmpty()) {
      notes.add("No challenger was cross-validated.");
    }
    root.put("notes", notes);
    return root;
  }

  /**
   * The model's identity and provenance: {@code id}, {@code version}, {@code schemaFingerprint},
   * {@code trainedBy}, {@code trainedAt}, {@code seed}, {@code settings}, {@code libraryVersion} and
   * {@code jvm} when known, {@code dataFingerprint}.
   */
  public static Map<String, Object> model(Scorecard card) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", card.info().id());
    model.put("version", card.info().version());
    model.put("schemaFingerprint", card.info().schemaFingerprint());
    model.put("trainedBy", card.provenance().trainedBy());
    model.put("trainedAt", card.provenance().trainedAt().toString());
    model.put("seed", card.provenance().seed());
    model.put("settings", card.provenance().settings());
    card.provenance().libraryVersion().ifPresent(v -> model.put("libraryVersion", v));
    card.provenance().jvm().ifPresent(v -> model.put("jvm", v));
    model.put("dataFingerprint", card.provenance().dataFingerprint());
    return model;
  }

  /**
   * {@code initialScore}, {@code scaling} ({@code basePoints}, {@code baseOdds}, {@code
   * pointsToDoubleOdds}), {@code grades} ({@code labels}, {@code cutoffs}), {@code minScore} and
   * {@code maxScore}.
   */
  public static Map<String, Object> scorecard(Scorecard card) {
    return Map.of("initialScore", card.initialScore(),
        "scaling", Map.of("basePoints", card.scaling().basePoints(),
            "baseOdds", card.scaling().baseOdds(),
            "pointsToDoubleOdds", card.scaling().pointsToDoubleOdds()),
        "grades", Map.of("labels", card.riskGrades().labels(),
            "cutoffs", card.riskGrades().cutoffs()),
        "minScore", card.minScore(), "maxScore", card.maxScore());
  }

  /** {@code k}, {@code seed} and {@code auc} ({@code mean}, {@code folds}) of one model. */
  public static Map<String, Object> cv(CvAuc cv, TrainingConfig config) {
    return Map.of("k", config.folds(), "seed", config.seed(),
        "auc", Map.of("mean", cv.mean(), "folds", cv.folds()));
  }

  /** {@code model} and {@code cv} (as {@link #cv}) of one challenger. */
  public static Map<String, Object> challenger(CvAuc cv, TrainingConfig config) {
    return Map.of("model", cv.model(), "cv", cv(cv, config));
  }

  private static Map<String, Object> selection(TrainingResult r) {
    SelectionReport s = r.selection();
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("selected", s.selected());
    node.put("dropped", s.dropped().stream()
        .map(d -> Map.of("characteristic", d.characteristic(), "reason", d.reason().name(),
            "detail", d.detail()))
        .toList());
    node.put("log", TrainingSelectionLog.of(r).stream().map(e -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("characteristic", e.characteristic());
      entry.put("iv", e.iv());
      entry.put("decision", e.decision());
      e.reason().ifPresent(reason -> entry.put("reason", reason));
      entry.put("detail", e.detail());
      return entry;
    }).toList());
    return node;
  }

  private static Map<String, Object> training(TrainingDiagnostics d) {
    Map<String, Object> node = performance(d.training());
    node.put("fairness", fairness(d.fairness()));
    return node;
  }

  /**
   * One object per group: {@code attribute}, {@code group}, {@code rows}, {@code bads}, {@code
   * badRate}, {@code meanPd}, and {@code auc} when the group has both goods and bads.
   */
  public static List<Object> fairness(List<ProtectedGroup> groups) {
    List<Object> fairness = new ArrayList<>();
    for (ProtectedGroup g : groups) {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("attribute", g.attribute());
      group.put("group", g.group());
      group.put("rows", g.rows());
      group.put("bads", g.bads());
      group.put("badRate", g.badRate());
      group.put("meanPd", g.meanPd());
      g.auc().ifPresent(a -> group.put("auc", a));
      fairness.add(group);
    }
    return fairness;
  }

  /**
   * {@code auc}, {@code gini}, {@code ks} ({@code value}, {@code score}), {@code roc} and {@code
   * calibration} of one set of scores.
   */
  public static Map<String, Object> performance(TrainingDiagnostics.Performance p) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("auc", p.auc());
    node.put("gini", 2 * p.auc() - 1);
    node.put("ks", Map.of("value", p.ks().value(), "score", p.ks().cutoff()));
    List<Object> roc = new ArrayList<>();
    for (CurvePoint point : p.roc()) {
      roc.add(List.of(point.x(), point.y()));
    }
    node.put("roc", roc);
    List<Object> calibration = new ArrayList<>();
    for (CalibrationRow row : p.calibration()) {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("band", row.range().toString());
      band.put("rows", row.rows());
      band.put("bads", row.bads());
      band.put("meanPd", row.meanPd());
      band.put("observedBadRate", row.observedBadRate());
      calibration.add(band);
    }
    node.put("calibration", calibration);
    return node;
  }

  private static Map<String, Object> fit(LogisticFit fit) {
    return Map.of("intercept", coefficient(fit.intercept()), "logLikelihood",
        fit.logLikelihood(), "l2", fit.l2(), "iterations", fit.iterations(), "rows", fit.rows());
  }

  static Map<String, Object> coefficient(Coefficient c) {
    return Map.of("estimate", c.estimate(), "standardError", c.standardError(), "z", c.z(),
        "pValue", c.pValue());
  }

  private static List<Object> characteristics(TrainingResult r, Scorecard card,
      Optional<TrainingDiagnostics> diagnostics) {
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
        diagnostics.ifPresent(d -> node.put("vif", d.vif().get(b.characteristic())));
        card.characteristics().stream().filter(c -> c.feature().equals(b.characteristic()))
            .findFirst().ifPresent(c -> node.put("reasonCode", c.reasonCode()));
      }
      List<Object> bins = bins(b, r.fit().rows(), Optional.ofNullable(drafted));
      node.put("bins", bins);
      out.add(node);
    }
    return out;
  }

  /** The bins of one characteristic: labels, counts, shares, bad rate, WoE, IV and points if drafted. */
  static List<Object> bins(BinningResult b, long total, Optional<DraftCharacteristic> drafted) {
    List<Object> bins = new ArrayList<>();
    for (int i = 0; i < b.bins().size(); i++) {
      WoeBin bin = b.bins().get(i);
      Map<String, Object> binNode = new LinkedHashMap<>();
      binNode.put("bin", BinLabels.of(bin.attribute()));
      binNode.put("range", BinLabels.range(bin.attribute()));
      binNode.put("count", bin.goods() + bin.bads());
      binNode.put("goods", bin.goods());
      binNode.put("bads", bin.bads());
      binNode.put("share", bin.share(total));
      if (bin.goods() + bin.bads() > 0) {
        binNode.put("badRate", bin.badRate());
      }
      binNode.put("woe", bin.woe());
      binNode.put("iv", bin.iv());
      int index = i;
      drafted.ifPresent(d -> binNode.put("points", d.attributes().get(index).points()));
      bins.add(binNode);
    }
    return bins;
  }
}
