package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.core.definition.DefinitionSignatures;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
      "dataSources", "initialScore", "scaling", "grades", "reasonCodes", "characteristics", InputsJson.MEMBER,
      "provenance",
      "seal", DefinitionSignatures.MEMBER);
  private static final Set<String> CHARACTERISTIC =
      Set.of("feature", "partner", "reasonCode", "reasonEn", "reasonZh", "baselineScore", "bins", "missingReasonEn",
          "missingReasonZh");
  private static final Set<String> BIN = Set.of("type", "lower", "lowerClosed", "upper", "upperClosed", "value",
      "name", "label", "codes", "first", "second", "points");
  /** A cell's axis bin: a bin of one feature without points. */
  private static final Set<String> AXIS_BIN = Set.of("type", "lower", "lowerClosed", "upper", "upperClosed", "value",
      "name", "label", "codes");

  private ModelReader() {}

  /**
   * Checks the format, version, signature form and seal of {@code root}. The seal is the SHA-256 of
   * the canonical content without the seal and the signature (which cover the same content).
   */
  static JsonFields verify(ObjectNode root) {
    JsonFields f = JsonFields.of(root, "", ROOT);
    String format = f.text("format");
    if (!format.equals(ModelWriter.FORMAT)) {
      throw DefinitionJson.fail("/format", "must be " + ModelWriter.FORMAT, "another format");
    }
    long version = f.integer("formatVersion");
    if (version != ModelWriter.FORMAT_VERSION) {
      throw DefinitionJson.fail("/formatVersion", "must be " + ModelWriter.FORMAT_VERSION
          + ", the format version this library reads", "format version " + version);
    }
    JsonFields seal = f.object("seal", Set.of("algorithm", "digest"));
    String algorithm = seal.text("algorithm");
    if (!algorithm.equals(Canonical.ALGORITHM)) {
      throw DefinitionJson.fail("/seal/algorithm", "must be " + Canonical.ALGORITHM, "another algorithm");
    }
    String sealed = seal.text("digest");
    DefinitionSignatures.checkForm(root);
    String actual = Canonical.sha256Hex(DefinitionSignatures.signedContent(root));
    if (!actual.equals(sealed)) {
      throw DefinitionJson.fail("/seal/digest", "must match the content's digest " + actual.substring(0, 12)
          + " (the file was changed after it was sealed)", "another digest");
    }
    return f;
  }

  /** Reads a model file whose schema is given by its {@code inputs} section. */
  static ModelFile readWithInputs(JsonFields f) {
    if (!f.has(InputsJson.MEMBER)) {
      throw DefinitionJson.fail("/" + InputsJson.MEMBER, "is required to read a model without a feature"
          + " schema (a model without inputs is read with the feature schema it was built for)", "nothing");
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
      throw DefinitionJson.fail("/schemaFingerprint", "must be the credit-file schema to score credit files"
          + " (this model was trained on a table and scores rows of that table's columns; give it"
          + " a CSV or ARFF of those columns (evaluate --data), or use a model trained on credit"
          + " files)", "a table's schema, with an inputs section");
    }
    if (!fingerprint.equals(schema.fingerprint())) {
      throw DefinitionJson.fail("/schemaFingerprint", "must be the given schema "
          + schema.fingerprint().substring(0, 12), "schema " + prefix(fingerprint));
    }
    ScorecardBuilder b = Scorecard.builder(schema);
    b.id(f.text("id"));
    b.version(f.text("version"));
    if (f.has("dataSources")) {
      b.dataSources(dataSources(f.array("dataSources")));
    }
    b.initialScore(f.number("initialScore"));
    JsonFields s = f.object("scaling", Set.of("basePoints", "baseOdds", "pointsToDoubleOdds"));
    double basePoints = s.number("basePoints");
    double baseOdds = s.number("baseOdds");
    double pointsToDoubleOdds = s.number("pointsToDoubleOdds");
    b.scaling(at("/scaling", () -> Scaling.of(basePoints, baseOdds, pointsToDoubleOdds)));
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
    b.grades(at("/grades", () -> RiskGrades.of(labels, cutoffs)));
    JsonFields r = f.object("reasonCodes", Set.of("mode", "maxReasons"));
    ReasonCodeMode mode = mode(r.text("mode"));
    long maxReasons = r.integer("maxReasons");
    b.reasonCodes(at("/reasonCodes", () -> ReasonCodeSettings.of(mode, (int) Math.max(-1, Math.min(maxReasons, 99)))));
    ArrayNode chars = f.array("characteristics");
    for (int i = 0; i < chars.size(); i++) {
      String p = "/characteristics/" + i;
      Characteristic c = characteristic(JsonFields.of(chars.get(i), p, CHARACTERISTIC));
      b.addCharacteristic(c);
    }
    b.provenance(provenance(f.object("provenance",
        Set.of("trainedBy", "dataFingerprint", "trainedAt", "settings", "seed", "libraryVersion", "jvm"))));
    return b.build();
  }

  /** The declared sources: distinct names of {@link DataSource}s, in any order. */
  private static Set<DataSource> dataSources(ArrayNode array) {
    EnumSet<DataSource> sources = EnumSet.noneOf(DataSource.class);
    for (int i = 0; i < array.size(); i++) {
      String p = "/dataSources/" + i;
      if (!array.get(i).isTextual()) {
        throw JsonFields.fail(p, "must be a string", array.get(i));
      }
      DataSource source = source(array.get(i).textValue(), p);
      if (!sources.add(source)) {
        throw DefinitionJson.fail(p, "must not repeat a source", "a source listed before");
      }
    }
    return sources;
  }

  private static DataSource source(String name, String pointer) {
    for (DataSource s : DataSource.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw DefinitionJson.fail(pointer, "must be one of " + Arrays.toString(DataSource.values()), "another name");
  }

  private static Characteristic characteristic(JsonFields f) {
    List<Bin> bins = new ArrayList<>();
    ArrayNode array = f.array("bins");
    for (int i = 0; i < array.size(); i++) {
      JsonFields bin = JsonFields.of(array.get(i), f.pointer("bins") + "/" + i, BIN);
      bins.add(bin(bin, false));
    }
    Optional<String> partner = f.has("partner") ? Optional.of(f.text("partner")) : Optional.empty();
    OptionalDouble baseline = f.has("baselineScore") ? OptionalDouble.of(f.number("baselineScore"))
        : OptionalDouble.empty();
    if (f.has("missingReasonEn") != f.has("missingReasonZh")) {
      throw DefinitionJson.fail(f.pointer(f.has("missingReasonEn") ? "missingReasonZh" : "missingReasonEn"),
          "must be given with " + (f.has("missingReasonEn") ? "missingReasonEn" : "missingReasonZh"), "nothing");
    }
    Optional<Characteristic.MissingReason> missing = Optional.empty();
    if (f.has("missingReasonEn")) {
      String english = f.text("missingReasonEn");
      String chinese = f.text("missingReasonZh");
      missing = Optional.of(at(f.pointer(), () -> new Characteristic.MissingReason(english, chinese)));
    }
    String feature = f.text("feature");
    String reasonCode = f.text("reasonCode");
    String reasonEn = f.text("reasonEn");
    String reasonZh = f.text("reasonZh");
    Optional<Characteristic.MissingReason> missingReason = missing;
    return at(f.pointer(), () -> new Characteristic(feature, reasonCode, reasonEn, reasonZh, baseline, bins,
        missingReason, partner));
  }

  /** A bin; an {@code axis} bin (of a cell) has no points member and 0 points, and is not a cell. */
  private static Bin bin(JsonFields f, boolean axis) {
    String type = f.text("type");
    if (type.equals("cell") && !axis) {
      Bin first = bin(f.object("first", AXIS_BIN), true);
      Bin second = bin(f.object("second", AXIS_BIN), true);
      double points = f.number("points");
      return at(f.pointer(), () -> new CellBin(first, second, points));
    }
    double points = axis ? 0.0 : f.number("points");
    switch (type) {
      case "interval": {
        double lower = f.bound("lower");
        boolean lowerClosed = f.bool("lowerClosed");
        double upper = f.bound("upper");
        boolean upperClosed = f.bool("upperClosed");
        return at(f.pointer(), () -> Bin.interval(lower, lowerClosed, upper, upperClosed, points));
      }
      case "missing":
        return at(f.pointer(), () -> Bin.missing(points));
      case "special": {
        double value = f.number("value");
        String name = f.text("name");
        return at(f.pointer(), () -> Bin.special(value, name, points));
      }
      case "categorical": {
        List<Double> codes = new ArrayList<>();
        ArrayNode array = f.array("codes");
        for (int i = 0; i < array.size(); i++) {
          codes.add(JsonFields.number(array.get(i), f.pointer("codes") + "/" + i));
        }
        String label = f.text("label");
        return at(f.pointer(), () -> Bin.categorical(label, codes, points));
      }
      default:
        throw DefinitionJson.fail(f.pointer("type"), axis
            ? "must be interval, missing, special or categorical (an axis of a cell is a bin of one feature)"
            : "must be interval, missing, special, categorical or cell", type.equals("cell") ? "cell" : "another type");
    }
  }

  private static ModelProvenance provenance(JsonFields f) {
    Instant at;
    try {
      at = Instant.parse(f.text("trainedAt"));
    } catch (DateTimeParseException e) {
      throw DefinitionJson.fail(f.pointer("trainedAt"), "must be an ISO-8601 instant such as 2026-11-01T08:00:00Z",
          "a string of another form");
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
    return new ModelProvenance(f.text("trainedBy"), f.text("dataFingerprint"), at, settings, f.integer("seed"),
        optionalText(f, "libraryVersion"), optionalText(f, "jvm"));
  }

  /** A member that older files lack: absent is empty; present, it must be a string that is not blank. */
  private static Optional<String> optionalText(JsonFields f, String name) {
    if (!f.has(name)) {
      return Optional.empty();
    }
    String text = f.text(name);
    if (text.isBlank()) {
      throw DefinitionJson.fail(f.pointer(name), "must not be blank", "a blank string");
    }
    return Optional.of(text);
  }

  private static ReasonCodeMode mode(String name) {
    for (ReasonCodeMode m : ReasonCodeMode.values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw DefinitionJson.fail("/reasonCodes/mode", "must be POINTS_BELOW_MAX or POINTS_BELOW_BASELINE",
        "another mode");
  }

  private static String prefix(String fingerprint) {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }

  /**
   * Builds a part of the scorecard from values already read, locating a definition failure of the
   * part (whose pointer is relative to the part) at {@code pointer} in the file.
   */
  private static <T> T at(String pointer, Supplier<T> step) {
    try {
      return step.get();
    } catch (ModelDefinitionException e) {
      throw e.under(pointer);
    }
  }
}
