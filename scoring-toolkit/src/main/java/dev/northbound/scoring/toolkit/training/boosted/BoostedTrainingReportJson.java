package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.report.shape.ShapeSection;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingReportJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the maps of a boosted training report's {@code report.json}. */
final class BoostedTrainingReportJson {

  static final String METHOD = "boosted additive scorecard";

  private BoostedTrainingReportJson() {}

  static Map<String, Object> of(BoostedTrainingReportContent c) {
    BoostedTrainingResult r = c.result();
    TrainingConfig training = r.config().training();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", BoostedTrainingReport.SCHEMA_VERSION);
    root.put("kind", "boosted-training");
    root.put("generatedAt", c.generatedAt().toString());
    root.put("model", TrainingReportJson.model(c.scorecard()));
    Map<String, Object> dataNode = new LinkedHashMap<>(c.data());
    dataNode.put("fingerprint", r.dataFingerprint());
    root.put("data", dataNode);
    root.put("rows", Map.of("total", c.total(), "bads", c.bads(), "goods", c.total() - c.bads(),
        "excluded", Map.of("indeterminate", c.indeterminate())));
    root.put("method", METHOD);
    root.put("boosting", boosting(r.config()));
    root.put("rounds", Map.of("main", r.mainRounds(), "interactions", r.interactionRounds()));
    root.put("interceptLogOdds", r.interceptLogOdds());
    root.put("metrics", Map.of("trainingAuc", r.trainingAuc()));
    root.put("cv", TrainingReportJson.cv(r.boostedCv(), training));
    if (!r.challengerCv().isEmpty()) {
      root.put("challenger", TrainingReportJson.challenger(r.challengerCv().get(0), training));
    }
    root.put("challengers", r.challengerCv().stream()
        .map(x -> TrainingReportJson.challenger(x, training)).toList());
    root.put("interactions", interactions(r.interactions()));
    root.put("characteristics", characteristics(BoostedReportTerms.of(r, c.scorecard())));
    c.rows().ifPresent(rows -> {
      root.put("heldOut", TrainingReportJson.performance(rows.heldOut()));
      root.put("fairness", TrainingReportJson.fairness(rows.fairness()));
      root.put("shapes", ShapeSection.json(rows.shapes()));
    });
    c.spec().ifPresent(text -> root.put("spec", TrainingReportJson.parseSpec(text)));
    root.put("scorecard", TrainingReportJson.scorecard(c.scorecard()));
    root.put("notes", notes(c));
    return root;
  }

  /** The boosting settings used, by name; {@code monotone} maps characteristics to directions. */
  static Map<String, Object> boosting(BoostingConfig b) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("bags", b.bags());
    node.put("learningRate", b.learningRate());
    node.put("maxRounds", b.maxRounds());
    node.put("earlyStoppingRounds", b.earlyStoppingRounds());
    node.put("validationShare", b.validationShare());
    node.put("maxBins", b.maxBins());
    node.put("minBinRows", b.minBinRows());
    node.put("minSamplesLeaf", b.minSamplesLeaf());
    node.put("maxLeaves", b.maxLeaves());
    node.put("l2", b.l2());
    node.put("maxInteractions", b.maxInteractions());
    node.put("interactionBins", b.interactionBins());
    node.put("mergeTolerance", b.mergeTolerance());
    Map<String, Object> monotone = new LinkedHashMap<>();
    b.monotone().forEach((k, v) -> monotone.put(k, v.name()));
    node.put("monotone", monotone);
    return node;
  }

  private static List<Object> interactions(List<Interaction> interactions) {
    List<Object> out = new ArrayList<>();
    for (Interaction i : interactions) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("first", i.first());
      node.put("second", i.second());
      node.put("fastGain", i.fastGain());
      node.put("importance", i.importance());
      node.put("cells", List.of(i.firstAxis().size(), i.secondAxis().size()));
      out.add(node);
    }
    return out;
  }

  private static List<Object> characteristics(List<BoostedReportTerms> terms) {
    List<Object> out = new ArrayList<>();
    for (BoostedReportTerms t : terms) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("name", t.characteristic().name());
      node.put("feature", t.characteristic().feature());
      t.characteristic().partner().ifPresent(p -> node.put("partner", p));
      node.put("interaction", t.characteristic().isInteraction());
      node.put("reasonCode", t.characteristic().reasonCode());
      node.put("importance", t.importance());
      node.put("bins", t.characteristic().bins().size());
      node.put("minPoints", t.characteristic().minPoints());
      node.put("maxPoints", t.characteristic().maxPoints());
      out.add(node);
    }
    return out;
  }

  private static List<String> notes(BoostedTrainingReportContent c) {
    List<String> notes = new ArrayList<>();
    notes.add("AUC is the Mann-Whitney statistic on each held-out fold; fine bins, the boosting,"
        + " the interaction choice and the monotone constraints are redone inside every training fold.");
    if (c.result().challengerCv().isEmpty()) {
      notes.add("No challenger was cross-validated.");
    }
    if (c.rows().isEmpty()) {
      notes.add(BoostedTrainingReportHtml.NO_ROWS);
    }
    return notes;
  }
}
