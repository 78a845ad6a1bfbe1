package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.util.Map;

/** Turns a scorecard into the model file's JSON tree, keys in the documented order. */
final class ModelWriter {

  static final String FORMAT = "northbound.scorecard";
  static final int FORMAT_VERSION = 1;
  static final String NEGATIVE_INFINITY = "-inf";
  static final String POSITIVE_INFINITY = "+inf";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelWriter() {}

  /** The unsealed tree of a model file: the scorecard's members, then {@code inputs} if any. */
  static ObjectNode content(ModelFile file) {
    ObjectNode root = content(file.scorecard());
    file.inputs().ifPresent(inputs -> {
      ObjectNode provenance = (ObjectNode) root.remove("provenance");
      root.set(InputsJson.MEMBER, InputsJson.write(inputs));
      root.set("provenance", provenance);
    });
    return root;
  }

  /**
   * The unsealed tree of {@code card}; {@code dataSources} only when the card declares its sources
   * (in {@link dev.northbound.scoring.core.credit.DataSource} order), so a card without them writes
   * the bytes it always did.
   */
  static ObjectNode content(Scorecard card) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("id", card.info().id());
    root.put("version", card.info().version());
    root.put("schemaFingerprint", card.info().schemaFingerprint());
    card.declaredSources().ifPresent(sources -> {
      ArrayNode array = root.putArray("dataSources");
      sources.forEach(s -> array.add(s.name()));
    });
    root.put("initialScore", card.initialScore());
    ObjectNode scaling = root.putObject("scaling");
    scaling.put("basePoints", card.scaling().basePoints());
    scaling.put("baseOdds", card.scaling().baseOdds());
    scaling.put("pointsToDoubleOdds", card.scaling().pointsToDoubleOdds());
    ObjectNode grades = root.putObject("grades");
    card.riskGrades().labels().forEach(grades.putArray("labels")::add);
    card.riskGrades().cutoffs().forEach(grades.putArray("cutoffs")::add);
    ObjectNode reasons = root.putObject("reasonCodes");
    reasons.put("mode", card.reasonCodeSettings().mode().name());
    reasons.put("maxReasons", card.reasonCodeSettings().maxReasons());
    ArrayNode chars = root.putArray("characteristics");
    for (Characteristic c : card.characteristics()) {
      chars.add(characteristic(c));
    }
    root.set("provenance", provenance(card.provenance()));
    return root;
  }

  private static ObjectNode characteristic(Characteristic c) {
    ObjectNode node = NODES.objectNode();
    node.put("feature", c.feature());
    c.partner().ifPresent(p -> node.put("partner", p));
    node.put("reasonCode", c.reasonCode());
    node.put("reasonEn", c.reasonEn());
    node.put("reasonZh", c.reasonZh());
    c.baselineScore().ifPresent(b -> node.put("baselineScore", b));
    c.missingReason().ifPresent(m -> {
      node.put("missingReasonEn", m.english());
      node.put("missingReasonZh", m.chinese());
    });
    ArrayNode bins = node.putArray("bins");
    for (Bin bin : c.bins()) {
      bins.add(bin(bin));
    }
    return node;
  }

  /** A bin with its points; a cell's axis bins are written without theirs (always 0). */
  private static ObjectNode bin(Bin bin) {
    if (bin instanceof CellBin cell) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "cell");
      node.set("first", axisBin(cell.first()));
      node.set("second", axisBin(cell.second()));
      node.put("points", cell.points());
      return node;
    }
    ObjectNode node = axisBin(bin);
    node.put("points", bin.points());
    return node;
  }

  /** A bin of one feature without its points. */
  private static ObjectNode axisBin(Bin bin) {
    ObjectNode node = NODES.objectNode();
    if (bin instanceof IntervalBin i) {
      node.put("type", "interval");
      putBound(node, "lower", i.lower());
      node.put("lowerClosed", i.lowerClosed());
      putBound(node, "upper", i.upper());
      node.put("upperClosed", i.upperClosed());
    } else if (bin instanceof MissingBin) {
      node.put("type", "missing");
    } else if (bin instanceof SpecialValueBin s) {
      node.put("type", "special");
      node.put("value", s.value());
      node.put("name", s.name());
    } else {
      CategoricalBin c = (CategoricalBin) bin;
      node.put("type", "categorical");
      node.put("label", c.label());
      c.codes().forEach(node.putArray("codes")::add);
    }
    return node;
  }

  private static void putBound(ObjectNode node, String name, double value) {
    if (value == Double.NEGATIVE_INFINITY) {
      node.put(name, NEGATIVE_INFINITY);
    } else if (value == Double.POSITIVE_INFINITY) {
      node.put(name, POSITIVE_INFINITY);
    } else {
      node.put(name, value);
    }
  }

  private static ObjectNode provenance(ModelProvenance p) {
    ObjectNode node = NODES.objectNode();
    node.put("trainedBy", p.trainedBy());
    node.put("dataFingerprint", p.dataFingerprint());
    node.put("trainedAt", p.trainedAt().toString());
    ObjectNode settings = node.putObject("settings");
    for (Map.Entry<String, String> e : p.settings().entrySet()) {
      settings.put(e.getKey(), e.getValue());
    }
    node.put("seed", p.seed());
    p.libraryVersion().ifPresent(v -> node.put("libraryVersion", v));
    p.jvm().ifPresent(v -> node.put("jvm", v));
    return node;
  }
}
