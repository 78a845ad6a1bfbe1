package dev.northbound.scoring.toolkit.training;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.definition.CanonicalJson;
import java.util.List;
import java.util.Locale;

/**
 * Writes a training spec in the pretty, deterministic form of definition files: sections in a fixed
 * order, every top-level setting explicit, a characteristic's fields only when said.
 */
final class TrainingSpecWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TrainingSpecWriter() {}

  static byte[] bytes(TrainingSpec spec) {
    ObjectNode root = NODES.objectNode();
    root.put("format", TrainingSpec.FORMAT);
    root.put("formatVersion", TrainingSpec.FORMAT_VERSION);
    BinningConstraints b = spec.binning();
    ObjectNode binning = root.putObject("binning");
    binning.put("fineBins", b.fineBins());
    binning.put("trend", word(b.trend()));
    binning.put("maxBins", b.maxBins());
    binning.put("minShare", b.minShare());
    binning.put("minBads", b.minBads());
    binning.put("minGoods", b.minGoods());
    SelectionSpec s = spec.selection();
    ObjectNode selection = root.putObject("selection");
    selection.put("ivFloor", s.ivFloor());
    s.ivCeiling().ifPresent(v -> selection.put("ivCeiling", v));
    selection.put("dropAboveIvCeiling", s.dropAboveIvCeiling());
    selection.put("correlationCeiling", s.correlationCeiling());
    s.vifCeiling().ifPresent(v -> selection.put("vifCeiling", v));
    s.maxPValue().ifPresent(v -> selection.put("maxPValue", v));
    selection.put("signCheck", s.signCheck());
    ArrayNode protectedAttributes = root.putArray("protectedAttributes");
    spec.protectedAttributes().forEach(protectedAttributes::add);
    ObjectNode scaling = root.putObject("scaling");
    scaling.put("basePoints", spec.scaling().basePoints());
    scaling.put("baseOdds", spec.scaling().baseOdds());
    scaling.put("pdo", spec.scaling().pointsToDoubleOdds());
    root.put("integerPoints", spec.integerPoints());
    spec.boosting().ifPresent(g -> {
      // Written only when the spec has it, so a WoE spec's bytes (and the SHA-256 a model records) stay as they were.
      ObjectNode o = root.putObject("boosting");
      o.put("bags", g.bags());
      o.put("learningRate", g.learningRate());
      o.put("maxRounds", g.maxRounds());
      o.put("earlyStoppingRounds", g.earlyStoppingRounds());
      o.put("validationShare", g.validationShare());
      o.put("maxBins", g.maxBins());
      o.put("minBinRows", g.minBinRows());
      o.put("minSamplesLeaf", g.minSamplesLeaf());
      o.put("maxLeaves", g.maxLeaves());
      o.put("l2", g.l2());
      o.put("maxInteractions", g.maxInteractions());
      o.put("interactionBins", g.interactionBins());
      o.put("mergeTolerance", g.mergeTolerance());
    });
    ObjectNode characteristics = root.putObject("characteristics");
    spec.characteristics().forEach((name, c) -> characteristics.set(name, characteristic(c)));
    return CanonicalJson.pretty(root);
  }

  private static ObjectNode characteristic(CharacteristicSpec c) {
    ObjectNode o = NODES.objectNode();
    o.put("role", word(c.role()));
    c.kind().ifPresent(k -> o.put("kind", word(k)));
    c.trend().ifPresent(t -> o.put("trend", word(t)));
    c.maxBins().ifPresent(v -> o.put("maxBins", v));
    c.minShare().ifPresent(v -> o.put("minShare", v));
    c.minBads().ifPresent(v -> o.put("minBads", v));
    c.minGoods().ifPresent(v -> o.put("minGoods", v));
    if (!c.specialValues().isEmpty()) {
      ArrayNode specials = o.putArray("specialValues");
      c.specialValues().forEach(sv -> specials.addObject().put("name", sv.name())
          .put("value", sv.value()));
    }
    c.cuts().ifPresent(cuts -> {
      ArrayNode a = o.putArray("cuts");
      cuts.forEach(a::add);
    });
    c.groups().ifPresent(groups -> {
      ArrayNode a = o.putArray("groups");
      for (List<String> g : groups) {
        ArrayNode labels = a.addArray();
        g.forEach(labels::add);
      }
    });
    c.reasonCode().ifPresent(v -> o.put("reasonCode", v));
    c.reasonEn().ifPresent(v -> o.put("reasonEn", v));
    c.reasonZh().ifPresent(v -> o.put("reasonZh", v));
    return o;
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
