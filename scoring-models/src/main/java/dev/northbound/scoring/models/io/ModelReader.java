package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionSignatures;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ModelProvenance;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.RiskGrades;
import dev.northbound.scoring.models.scorecard.Scaling;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Turns a verified model-file tree into a scorecard, failing with the pointer of the first defect. */
final class ModelReader {

  private static final Set<String> ROOT = Set.of("format", "formatVersion", "id", "version", "schemaFingerprint",
      "initialScore", "scaling", "grades", "reasonCodes", "characteristics", InputsJson.MEMBER, "provenance",
      "seal", DefinitionSignatures.MEMBER);
  private static final Set<String> CHARACTERISTIC =
      Set.of("feature", "reasonCode", "reasonEn", "reasonZh", "baselineScore", "bins", "missingReasonEn",
          "missingReasonZh");
  private static final Set<String> BIN = Set.of("type", "lower", "lowerClosed", "upper", "upperClosed", "value",
      "name", "label", "codes", "points");

  private ModelReader() {}

  /**
   * Checks the format, version, signature form and seal of {@code root}. The seal is the SHA-256 of
   * the canonical content without the seal and the signature (which cover the same content).
   */
  static JsonFields verify(ObjectNode root) {
    JsonFields f = JsonFields.of(root, "", ROOT);
    String format = f.text("format");
    if (!format.equals(ModelWriter.FORMAT)) {
      throw JsonFields.fail("/format", "must be " + ModelWriter.FORMAT + ", found another format");
    }
    long version = f.integer("formatVersion");
    if (version != ModelWriter.FORMAT_VERSION) {
      throw JsonFields.fail("/formatVersion", "unsupported format version " + version + ", this library reads "
          + ModelWriter.FORMAT_VERSION);
    }
    JsonFields seal = f.object("seal", Set.of("algorithm", "digest"));
    String algorithm = seal.text("algorithm");
    if (!algorithm.equals(Canonical.ALGORITHM)) {
      throw JsonFields.fail("/seal/algorithm", "unsupported seal algorithm, expected " + Canonical.ALGORITHM);
    }
    String sealed = seal.text("digest");
    DefinitionSignatures.checkForm(root);
    String actual = Canonical.sha256Hex(DefinitionSignatures.signedContent(root));
    if (!actual.equals(sealed)) {
      throw JsonFields.fail("/seal/digest", "the content's digest " + actual.substring(0, 12)
          + " does not match the seal; the file was changed after it was sealed");
    }
    return f;
  }

  /** Reads a model file whose schema is given by its {@code inputs} section. */
  static ModelFile readWithInputs(JsonFields f) {
    if (!f.has(InputsJson.MEMBER)) {
      throw JsonFields.fail("/" + InputsJson.MEMBER, "required field is missing; a model without inputs"
          + " is read with the feature schema it was built for");
    }
    ModelInputs inputs = InputsJson.read(f, f.text("schemaFingerprint"));
    return new ModelFile(read(f, inputs.schema()), Optional.of(inputs));
  }

  /** Reads a model file for {@code schema}, with its {@code inputs} section if it has one. */
  static ModelFile readFile(JsonFields f, FeatureSchema schema) {
    Scorecard card = read(f, schema);
    return new ModelFile(card, f.has(InputsJson.MEMBER)
        ? Optional.of(InputsJson.read(f, schema.fingerprint())) : Optional.empty());
  }

  static Scorecard read(JsonFields f, FeatureSchema schema) {
    String fingerprint = f.text("schemaFingerprint");
    if (!fingerprint.equals(schema.fingerprint()) && f.has(InputsJson.MEMBER)) {
      throw JsonFields.fail("/schemaFingerprint", "the model was trained on a table (it has an"
          + " inputs section) and scores rows of that table's columns, not credit files; give it"
          + " a CSV or ARFF of those columns (evaluate --data), or use a model trained on credit"
          + " files");
    }
    if (!fingerprint.equals(schema.fingerprint())) {
      throw JsonFields.fail("/schemaFingerprint", "the model was built for schema "
          + prefix(fingerprint) + ", not the given schema " + schema.fingerprint().substring(0, 12));
    }
    ScorecardBuilder b = Scorecard.builder(schema);
    at("/id", () -> b.id(f.text("id")));
    at("/version", () -> b.version(f.text("version")));
    at("/initialScore", () -> b.initialScore(f.number("initialScore")));
    JsonFields s = f.object("scaling", Set.of("basePoints", "baseOdds", "pointsToDoubleOdds"));
    at("/scaling", () -> b.scaling(Scaling.of(s.number("basePoints"), s.number("baseOdds"),
        s.number("pointsToDoubleOdds"))));
    JsonFields g = f.object("grades", Set.of("labels", "cutoffs"));
    List<String> labels = new ArrayList<>();
    List<Double> cutoffs = new ArrayList<>();
    ArrayNode labelArray = g.array("labels");
    for (int i = 0; i < labelArray.size(); i++) {
      if (!labelArray.get(i).isTextual()) {
        throw JsonFields.fail("/grades/labels/" + i, "must be a string", labelArray.get(i));
      }
      labels.add(labelArray.get(i).textValue());
    }
    ArrayNode cutoffArray = g.array("cutoffs");
    for (int i = 0; i < cutoffArray.size(); i++) {
      cutoffs.add(JsonFields.number(cutoffArray.get(i), "/grades/cutoffs/" + i));
    }
    at("/grades", () -> b.grades(RiskGrades.of(labels, cutoffs)));
    JsonFields r = f.object("reasonCodes", Set.of("mode", "maxReasons"));
    ReasonCodeMode mode = mode(r.text("mode"));
    at("/reasonCodes", () -> b.reasonCodes(ReasonCodeSettings.of(mode, (int) Math.min(r.integer("maxReasons"), 99))));
    ArrayNode chars = f.array("characteristics");
    for (int i = 0; i < chars.size(); i++) {
      String p = "/characteristics/" + i;
      Characteristic c = characteristic(JsonFields.of(chars.get(i), p, CHARACTERISTIC));
      at(p, () -> b.addCharacteristic(c));
    }
    at("/provenance", () -> b.provenance(provenance(f.object("provenance",
        Set.of("trainedBy", "dataFingerprint", "trainedAt", "settings", "seed")))));
    return at("", b::build);
  }

  private static Characteristic characteristic(JsonFields f) {
    List<Bin> bins = new ArrayList<>();
    ArrayNode array = f.array("bins");
    for (int i = 0; i < array.size(); i++) {
      JsonFields bin = JsonFields.of(array.get(i), f.pointer("bins") + "/" + i, BIN);
      bins.add(at(bin.pointer(), () -> bin(bin)));
    }
    OptionalDouble baseline = f.has("baselineScore") ? OptionalDouble.of(f.number("baselineScore"))
        : OptionalDouble.empty();
    if (f.has("missingReasonEn") != f.has("missingReasonZh")) {
      throw new ModelDefinitionException(f.pointer() + ": missingReasonEn and missingReasonZh must be given together");
    }
    java.util.Optional<Characteristic.MissingReason> missing = f.has("missingReasonEn")
        ? java.util.Optional.of(at(f.pointer(), () -> new Characteristic.MissingReason(f.text("missingReasonEn"),
            f.text("missingReasonZh"))))
        : java.util.Optional.empty();
    return at(f.pointer(), () -> new Characteristic(f.text("feature"), f.text("reasonCode"), f.text("reasonEn"),
        f.text("reasonZh"), baseline, bins, missing));
  }

  private static Bin bin(JsonFields f) {
    String type = f.text("type");
    double points = f.number("points");
    switch (type) {
      case "interval":
        return Bin.interval(f.bound("lower"), f.bool("lowerClosed"), f.bound("upper"), f.bool("upperClosed"), points);
      case "missing":
        return Bin.missing(points);
      case "special":
        return Bin.special(f.number("value"), f.text("name"), points);
      case "categorical":
        List<Double> codes = new ArrayList<>();
        ArrayNode array = f.array("codes");
        for (int i = 0; i < array.size(); i++) {
          codes.add(JsonFields.number(array.get(i), f.pointer("codes") + "/" + i));
        }
        return Bin.categorical(f.text("label"), codes, points);
      default:
        throw JsonFields.fail(f.pointer("type"), "must be interval, missing, special or categorical");
    }
  }

  private static ModelProvenance provenance(JsonFields f) {
    Instant at;
    try {
      at = Instant.parse(f.text("trainedAt"));
    } catch (DateTimeParseException e) {
      throw JsonFields.fail(f.pointer("trainedAt"), "must be an ISO-8601 instant such as 2026-11-01T08:00:00Z");
    }
    Map<String, String> settings = new TreeMap<>();
    JsonNode node = f.required("settings");
    if (!node.isObject()) {
      throw JsonFields.fail(f.pointer("settings"), "must be an object", node);
    }
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual()) {
        throw JsonFields.fail(f.pointer("settings") + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
            "must be a string", e.getValue());
      }
      settings.put(e.getKey(), e.getValue().textValue());
    });
    return ModelProvenance.of(f.text("trainedBy"), f.text("dataFingerprint"), at, settings, f.integer("seed"));
  }

  private static ReasonCodeMode mode(String name) {
    for (ReasonCodeMode m : ReasonCodeMode.values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw JsonFields.fail("/reasonCodes/mode", "must be POINTS_BELOW_MAX or POINTS_BELOW_BASELINE");
  }

  private static String prefix(String fingerprint) {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }

  /** Runs {@code step}, prefixing a definition error from the scorecard package with {@code pointer}. */
  private static <T> T at(String pointer, Supplier<T> step) {
    try {
      return step.get();
    } catch (ModelDefinitionException e) {
      if (e.getMessage().startsWith("/")) {
        throw e;
      }
      throw JsonFields.fail(pointer, e.getMessage());
    }
  }
}
