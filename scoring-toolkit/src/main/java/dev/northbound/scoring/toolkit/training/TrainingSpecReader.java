package dev.northbound.scoring.toolkit.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a training spec file: {@link DefinitionJson} binds it strictly (unknown fields, nulls and
 * wrong JSON types rejected), then every value is checked here with its JSON Pointer and rule.
 */
final class TrainingSpecReader {

  private TrainingSpecReader() {}

  record FileJson(String format, Integer formatVersion, BinningJson binning,
      Map<String, CharacteristicJson> characteristics, SelectionJson selection,
      List<String> protectedAttributes, ScalingJson scaling, Boolean integerPoints, BoostingJson boosting) {}

  record BoostingJson(Integer bags, Double learningRate, Integer maxRounds, Integer earlyStoppingRounds,
      Double validationShare, Integer maxBins, Integer minBinRows, Integer minSamplesLeaf, Integer maxLeaves,
      Double l2, Integer maxInteractions, Integer interactionBins, Double mergeTolerance) {}

  record BinningJson(Integer fineBins, String trend, Integer maxBins, Double minShare,
      Integer minBads, Integer minGoods) {}

  record CharacteristicJson(String role, String kind, String trend, Integer maxBins,
      Double minShare, Integer minBads, Integer minGoods, List<SpecialJson> specialValues,
      List<Double> cuts, List<List<String>> groups, String reasonCode, String reasonEn,
      String reasonZh) {}

  record SpecialJson(String name, Double value) {}

  record SelectionJson(Double ivFloor, Double ivCeiling, Boolean dropAboveIvCeiling,
      Double correlationCeiling, Double vifCeiling, Double maxPValue, Boolean signCheck) {}

  record ScalingJson(Double basePoints, Double baseOdds, Double pdo) {}

  static TrainingSpec read(byte[] bytes) {
    ObjectNode root = DefinitionJson.readObject(bytes);
    FileJson f = DefinitionJson.bind(root, FileJson.class);
    if (!TrainingSpec.FORMAT.equals(DefinitionJson.required(f.format(), "/format"))) {
      throw DefinitionJson.fail("/format", "must be \"" + TrainingSpec.FORMAT + "\"",
          "another format");
    }
    int version = DefinitionJson.required(f.formatVersion(), "/formatVersion");
    if (version != TrainingSpec.FORMAT_VERSION) {
      throw DefinitionJson.fail("/formatVersion", "must be " + TrainingSpec.FORMAT_VERSION,
          Integer.toString(version));
    }
    BinningConstraints binning = binning(f.binning());
    SelectionSpec selection = selection(f.selection());
    List<String> protectedAttributes = f.protectedAttributes() == null ? List.of()
        : names(f.protectedAttributes(), "/protectedAttributes");
    Map<String, CharacteristicSpec> characteristics = new LinkedHashMap<>();
    if (f.characteristics() != null) {
      f.characteristics().forEach((name, c) -> {
        String at = "/characteristics/" + escape(name);
        if (name.isBlank()) {
          throw DefinitionJson.fail(at, "a column name must not be blank", "a blank name");
        }
        CharacteristicSpec spec = characteristic(c, at);
        if (protectedAttributes.contains(name) && spec.role() == CharacteristicSpec.Role.FORCE) {
          throw DefinitionJson.fail(at + "/role",
              "must not be force for a protected attribute (never a predictor)", "force");
        }
        characteristics.put(name, spec);
      });
    }
    Scaling scaling = scaling(f.scaling());
    return new TrainingSpec(binning, characteristics, selection, protectedAttributes, scaling,
        f.integerPoints() != null && f.integerPoints(), Optional.ofNullable(f.boosting()).map(TrainingSpecReader::boosting));
  }

  /** The boosting section: every field optional, the defaults of {@link BoostingSpec#defaults()}. */
  private static BoostingSpec boosting(BoostingJson b) {
    BoostingSpec d = BoostingSpec.defaults();
    return new BoostingSpec(or(b.bags(), d.bags()), or(b.learningRate(), d.learningRate()),
        or(b.maxRounds(), d.maxRounds()), or(b.earlyStoppingRounds(), d.earlyStoppingRounds()),
        or(b.validationShare(), d.validationShare()), or(b.maxBins(), d.maxBins()),
        or(b.minBinRows(), d.minBinRows()), or(b.minSamplesLeaf(), d.minSamplesLeaf()),
        or(b.maxLeaves(), d.maxLeaves()), or(b.l2(), d.l2()), or(b.maxInteractions(), d.maxInteractions()),
        or(b.interactionBins(), d.interactionBins()), or(b.mergeTolerance(), d.mergeTolerance()));
  }

  private static <T> T or(T value, T otherwise) {
    return value == null ? otherwise : value;
  }

  private static BinningConstraints binning(BinningJson b) {
    BinningConstraints d = BinningConstraints.defaults();
    if (b == null) {
      return d;
    }
    int fineBins = b.fineBins() == null ? d.fineBins() : b.fineBins();
    if (fineBins < 2) {
      throw DefinitionJson.fail("/binning/fineBins", "must be at least 2", Integer.toString(fineBins));
    }
    Trend trend = b.trend() == null ? d.trend() : trend(b.trend(), "/binning/trend");
    int maxBins = b.maxBins() == null ? d.maxBins() : maxBins(b.maxBins(), "/binning/maxBins");
    double minShare = b.minShare() == null ? d.minShare() : minShare(b.minShare(), "/binning/minShare");
    int minBads = b.minBads() == null ? d.minBads() : count(b.minBads(), "/binning/minBads");
    int minGoods = b.minGoods() == null ? d.minGoods() : count(b.minGoods(), "/binning/minGoods");
    return new BinningConstraints(fineBins, trend, minShare, minBads, minGoods, maxBins);
  }

  private static CharacteristicSpec characteristic(CharacteristicJson c, String at) {
    CharacteristicSpec.Role role = c.role() == null ? CharacteristicSpec.Role.INCLUDE
        : choice(CharacteristicSpec.Role.class, c.role(), at + "/role");
    Optional<CharacteristicSpec.Kind> kind = Optional.ofNullable(c.kind())
        .map(k -> choice(CharacteristicSpec.Kind.class, k, at + "/kind"));
    boolean constrained = c.trend() != null || c.maxBins() != null || c.minShare() != null
        || c.minBads() != null || c.minGoods() != null;
    if (c.cuts() != null && c.groups() != null) {
      throw DefinitionJson.fail(at + "/groups", "must not be given with cuts", "both");
    }
    if (c.cuts() != null || c.groups() != null) {
      String field = c.cuts() != null ? "cuts" : "groups";
      if (constrained) {
        throw DefinitionJson.fail(at + "/" + field, "fixed bins must not be given with trend,"
            + " maxBins, minShare, minBads or minGoods (they apply to optimal binning only)",
            "both");
      }
      if (kind.isPresent() && (kind.get() == CharacteristicSpec.Kind.NUMERIC) != (c.cuts() != null)) {
        throw DefinitionJson.fail(at + "/" + field, c.cuts() != null
            ? "cuts are for a numeric characteristic" : "groups are for a categorical characteristic",
            "kind " + kind.get().name().toLowerCase(Locale.ROOT));
      }
    }
    List<Attribute.Special> specials = specials(c.specialValues(), at + "/specialValues");
    if (!specials.isEmpty() && (c.groups() != null
        || kind.equals(Optional.of(CharacteristicSpec.Kind.CATEGORICAL)))) {
      throw DefinitionJson.fail(at + "/specialValues", "are for a numeric characteristic",
          "a categorical one");
    }
    return new CharacteristicSpec(role, kind,
        Optional.ofNullable(c.trend()).map(t -> trend(t, at + "/trend")),
        c.maxBins() == null ? OptionalInt.empty() : OptionalInt.of(maxBins(c.maxBins(), at + "/maxBins")),
        c.minShare() == null ? OptionalDouble.empty()
            : OptionalDouble.of(minShare(c.minShare(), at + "/minShare")),
        c.minBads() == null ? OptionalInt.empty() : OptionalInt.of(count(c.minBads(), at + "/minBads")),
        c.minGoods() == null ? OptionalInt.empty() : OptionalInt.of(count(c.minGoods(), at + "/minGoods")),
        specials,
        Optional.ofNullable(c.cuts()).map(x -> cuts(x, at + "/cuts")),
        Optional.ofNullable(c.groups()).map(x -> groups(x, at + "/groups")),
        text(c.reasonCode(), at + "/reasonCode"), text(c.reasonEn(), at + "/reasonEn"),
        text(c.reasonZh(), at + "/reasonZh"));
  }

  private static List<Attribute.Special> specials(List<SpecialJson> list, String at) {
    if (list == null) {
      return List.of();
    }
    List<Attribute.Special> out = new ArrayList<>();
    Set<Double> values = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      SpecialJson s = list.get(i);
      String name = DefinitionJson.required(s.name(), at + "/" + i + "/name");
      double value = DefinitionJson.required(s.value(), at + "/" + i + "/value");
      if (name.isBlank()) {
        throw DefinitionJson.fail(at + "/" + i + "/name", "must not be blank", "a blank name");
      }
      if (!values.add(value) || !names.add(name)) {
        throw DefinitionJson.fail(at + "/" + i, "special values must have distinct names and values",
            "a repeated one");
      }
      out.add(Attribute.Special.of(name, value));
    }
    return out;
  }

  private static List<Double> cuts(List<Double> cuts, String at) {
    for (int i = 1; i < cuts.size(); i++) {
      if (!(cuts.get(i) > cuts.get(i - 1))) {
        throw DefinitionJson.fail(at + "/" + i, "cuts must be strictly increasing",
            "not above the previous cut");
      }
    }
    return cuts;
  }

  private static List<List<String>> groups(List<List<String>> groups, String at) {
    if (groups.isEmpty()) {
      throw DefinitionJson.fail(at, "must hold at least one group", "none");
    }
    Set<String> seen = new HashSet<>();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).isEmpty()) {
        throw DefinitionJson.fail(at + "/" + g, "a group must hold at least one label", "none");
      }
      for (int i = 0; i < groups.get(g).size(); i++) {
        if (!seen.add(groups.get(g).get(i))) {
          throw DefinitionJson.fail(at + "/" + g + "/" + i, "a label must be in one group only",
              "a repeated label");
        }
      }
    }
    return groups;
  }

  private static SelectionSpec selection(SelectionJson s) {
    if (s == null) {
      s = new SelectionJson(null, null, null, null, null, null, null);
    }
    double floor = s.ivFloor() == null ? 0.02 : s.ivFloor();
    if (!(floor >= 0)) {
      throw DefinitionJson.fail("/selection/ivFloor", "must not be negative", describe(floor));
    }
    if (s.ivCeiling() != null && !(s.ivCeiling() > floor)) {
      throw DefinitionJson.fail("/selection/ivCeiling", "must be above ivFloor", describe(s.ivCeiling()));
    }
    boolean drop = s.dropAboveIvCeiling() != null && s.dropAboveIvCeiling();
    if (drop && s.ivCeiling() == null) {
      throw DefinitionJson.fail("/selection/dropAboveIvCeiling", "needs an ivCeiling", "none");
    }
    double corr = s.correlationCeiling() == null ? 0.7 : s.correlationCeiling();
    if (!(corr > 0 && corr <= 1)) {
      throw DefinitionJson.fail("/selection/correlationCeiling", "must be in (0, 1]", describe(corr));
    }
    if (s.vifCeiling() != null && !(s.vifCeiling() >= 1)) {
      throw DefinitionJson.fail("/selection/vifCeiling", "must be at least 1", describe(s.vifCeiling()));
    }
    if (s.maxPValue() != null && !(s.maxPValue() > 0 && s.maxPValue() <= 1)) {
      throw DefinitionJson.fail("/selection/maxPValue", "must be in (0, 1]", describe(s.maxPValue()));
    }
    return new SelectionSpec(floor, optional(s.ivCeiling()), drop, corr, optional(s.vifCeiling()),
        optional(s.maxPValue()), s.signCheck() == null || s.signCheck());
  }

  private static Scaling scaling(ScalingJson s) {
    if (s == null) {
      return Scaling.of(600, 50, 20);
    }
    double base = DefinitionJson.required(s.basePoints(), "/scaling/basePoints");
    double odds = DefinitionJson.required(s.baseOdds(), "/scaling/baseOdds");
    double pdo = DefinitionJson.required(s.pdo(), "/scaling/pdo");
    if (!(odds > 0)) {
      throw DefinitionJson.fail("/scaling/baseOdds", "must be positive", describe(odds));
    }
    if (!(pdo > 0)) {
      throw DefinitionJson.fail("/scaling/pdo", "must be positive", describe(pdo));
    }
    return Scaling.of(base, odds, pdo);
  }

  private static List<String> names(List<String> names, String at) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isBlank() || !seen.add(names.get(i))) {
        throw DefinitionJson.fail(at + "/" + i, "column names must be distinct and not blank",
            names.get(i).isBlank() ? "a blank name" : "a repeated name");
      }
    }
    return names;
  }

  private static Trend trend(String value, String at) {
    return choice(Trend.class, value, at);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String at) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw DefinitionJson.fail(at, "must be one of " + String.join(", ", allowed), "another word");
  }

  private static int maxBins(int value, String at) {
    if (value < 1) {
      throw DefinitionJson.fail(at, "must be at least 1", Integer.toString(value));
    }
    return value;
  }

  private static int count(int value, String at) {
    if (value < 0) {
      throw DefinitionJson.fail(at, "must not be negative", Integer.toString(value));
    }
    return value;
  }

  private static double minShare(double value, String at) {
    if (!(value >= 0 && value <= 0.5)) {
      throw DefinitionJson.fail(at, "must be in [0, 0.5]", describe(value));
    }
    return value;
  }

  private static Optional<String> text(String value, String at) {
    if (value != null && value.isBlank()) {
      throw DefinitionJson.fail(at, "must not be blank (leave it out instead)", "a blank text");
    }
    return Optional.ofNullable(value);
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static String describe(double value) {
    return ModelDefinitionException.describe(value);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
