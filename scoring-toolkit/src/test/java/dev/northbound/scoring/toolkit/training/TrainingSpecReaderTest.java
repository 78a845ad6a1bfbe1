package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.models.scaling.Scaling;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict reader and deterministic writer of training spec files. */
class TrainingSpecReaderTest {

  private static final String HEAD =
      "{\"format\": \"northbound.training-spec\", \"formatVersion\": 1";

  private static TrainingSpec read(String body) {
    return TrainingSpec.read((HEAD + body + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_minimalSpec_takesTheDocumentedDefaults() {
    TrainingSpec spec = read("");
    assertThat(spec.binning()).isEqualTo(BinningConstraints.defaults());
    assertThat(spec.selection().ivFloor()).isEqualTo(0.02);
    assertThat(spec.selection().correlationCeiling()).isEqualTo(0.7);
    assertThat(spec.selection().ivCeiling()).isEmpty();
    assertThat(spec.selection().vifCeiling()).isEmpty();
    assertThat(spec.selection().maxPValue()).isEmpty();
    assertThat(spec.selection().signCheck()).isTrue();
    assertThat(spec.scaling()).isEqualTo(Scaling.of(600, 50, 20));
    assertThat(spec.integerPoints()).isFalse();
    assertThat(spec.characteristics()).isEmpty();
    assertThat(spec.characteristic("x")).isEqualTo(CharacteristicSpec.included());
    assertThat(spec.boosting()).isEmpty();
  }

  @Test
  void read_boostingSection_fillsTheDefaultsAndRoundTrips() {
    TrainingSpec spec = read(", \"boosting\": {\"maxInteractions\": 0, \"bags\": 4}");
    assertThat(spec.boosting()).contains(new BoostingSpec(4, 0.05, 2000, 50, 0.15, 64, 10, 20, 3, 1e-3, 0, 8, 1.0));
    assertThat(TrainingSpec.read(spec.toBytes())).isEqualTo(spec);
    assertThat(new String(spec.toBytes(), StandardCharsets.UTF_8)).contains("\"maxInteractions\": 0,");
    // A spec without the section writes none, so a WoE spec's bytes are as before.
    assertThat(new String(read("").toBytes(), StandardCharsets.UTF_8)).doesNotContain("boosting");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown field|, \"selection\": {\"vifCeilng\": 5}|/selection/vifCeilng|must be a field the format defines",
      "null|, \"integerPoints\": null|/integerPoints|must not be null (leave an optional field out instead)",
      "string for a number|, \"characteristics\": {\"age\": {\"maxBins\": \"6\"}}|/characteristics/age/maxBins|",
      "unknown role|, \"characteristics\": {\"age\": {\"role\": \"forced\"}}|/characteristics/age/role|must be one of include, exclude, force",
      "unknown trend|, \"characteristics\": {\"age\": {\"trend\": \"up\"}}|/characteristics/age/trend|must be one of ascending, descending, peak, valley, auto, none",
      "cuts not increasing|, \"characteristics\": {\"age\": {\"cuts\": [30, 25]}}|/characteristics/age/cuts/1|cuts must be strictly increasing",
      "cuts and trend|, \"characteristics\": {\"age\": {\"cuts\": [30], \"trend\": \"ascending\"}}|/characteristics/age/cuts|fixed bins must not be given with trend, maxBins, minShare, minBads or minGoods (they apply to optimal binning only)",
      "cuts for categorical|, \"characteristics\": {\"age\": {\"kind\": \"categorical\", \"cuts\": [30]}}|/characteristics/age/cuts|cuts are for a numeric characteristic",
      "label in two groups|, \"characteristics\": {\"job\": {\"groups\": [[\"a\"], [\"b\", \"a\"]]}}|/characteristics/job/groups/1/1|a label must be in one group only",
      "forced protected|, \"protectedAttributes\": [\"age\"], \"characteristics\": {\"age\": {\"role\": \"force\"}}|/characteristics/age/role|must not be force for a protected attribute (never a predictor)",
      "minShare above half|, \"binning\": {\"minShare\": 0.6}|/binning/minShare|must be in [0, 0.5]",
      "ceiling below floor|, \"selection\": {\"ivFloor\": 0.1, \"ivCeiling\": 0.05}|/selection/ivCeiling|must be above ivFloor",
      "drop without ceiling|, \"selection\": {\"dropAboveIvCeiling\": true}|/selection/dropAboveIvCeiling|needs an ivCeiling",
      "vif below one|, \"selection\": {\"vifCeiling\": 0.5}|/selection/vifCeiling|must be at least 1",
      "p-value zero|, \"selection\": {\"maxPValue\": 0}|/selection/maxPValue|must be in (0, 1]",
      "pdo missing|, \"scaling\": {\"basePoints\": 600, \"baseOdds\": 50}|/scaling/pdo|",
      "repeated protected|, \"protectedAttributes\": [\"age\", \"age\"]|/protectedAttributes/1|column names must be distinct and not blank",
      "boosting unknown field|, \"boosting\": {\"rounds\": 5}|/boosting/rounds|must be a field the format defines",
      "boosting zero bags|, \"boosting\": {\"bags\": 0}|/boosting/bags|must be from 1 to 64",
      "boosting learning rate|, \"boosting\": {\"learningRate\": 1.5}|/boosting/learningRate|must be in (0, 1]",
      "boosting too many interactions|, \"boosting\": {\"maxInteractions\": 1000}|/boosting/maxInteractions|must be from 0 to 100",
      "boosting negative tolerance|, \"boosting\": {\"mergeTolerance\": -1}|/boosting/mergeTolerance|must be a finite number of points, not negative",
      "boosting half held out|, \"boosting\": {\"validationShare\": 0.9}|/boosting/validationShare|must be in (0, 0.5]",
      "special repeated|, \"characteristics\": {\"age\": {\"specialValues\": [{\"name\": \"a\", \"value\": -1}, {\"name\": \"b\", \"value\": -1}]}}|/characteristics/age/specialValues/1|special values must have distinct names and values",
  })
  void read_badField_namesPointerAndRule(String label, String body, String pointer, String rule) {
    assertThatThrownBy(() -> read(body))
        .isInstanceOfSatisfying(ModelDefinitionException.class, e -> {
          assertThat(e.pointer()).isEqualTo(pointer);
          if (rule != null) {
            assertThat(e.rule()).isEqualTo(rule);
          }
        });
  }

  @Test
  void read_wrongFormatOrVersion_isRefused() {
    assertThatThrownBy(() -> TrainingSpec.read(
        "{\"format\": \"northbound.model\", \"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ModelDefinitionException.class,
            e -> assertThat(e.pointer()).isEqualTo("/format"));
    assertThatThrownBy(() -> TrainingSpec.read(
        "{\"format\": \"northbound.training-spec\", \"formatVersion\": 2}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ModelDefinitionException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/formatVersion");
          assertThat(e.rule()).isEqualTo("must be 1");
        });
    assertThatThrownBy(() -> TrainingSpec.read("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ModelDefinitionException.class,
            e -> assertThat(e.pointer()).isEqualTo("/format"));
  }

  @Test
  void read_characteristic_keepsEveryField() {
    TrainingSpec spec = read(", \"characteristics\": {\"age\": {\"role\": \"force\", \"kind\":"
        + " \"numeric\", \"trend\": \"none\", \"maxBins\": 4, \"minShare\": 0.1, \"minBads\": 5,"
        + " \"minGoods\": 6, \"specialValues\": [{\"name\": \"unknown\", \"value\": -1}],"
        + " \"reasonCode\": \"X01\", \"reasonEn\": \"Age\", \"reasonZh\": \"年龄\"}}");
    CharacteristicSpec age = spec.characteristic("age");
    assertThat(age.role()).isEqualTo(CharacteristicSpec.Role.FORCE);
    assertThat(age.trend()).contains(Trend.NONE);
    assertThat(age.constraints(BinningConstraints.defaults()))
        .isEqualTo(new BinningConstraints(20, Trend.NONE, 0.1, 5, 6, 4));
    assertThat(age.specialValues()).containsExactly(Attribute.Special.of("unknown", -1));
    assertThat(age.reasonCode()).contains("X01");
    assertThat(age.reasonZh()).contains("年龄");
    assertThat(age.cuts()).isEmpty();
  }

  @Test
  void toBytes_readsBackEqual_andIsStable() {
    TrainingSpec spec = read(", \"characteristics\": {\"job\": {\"groups\": [[\"a\", \"b\"], [\"c\"]]},"
        + " \"age\": {\"cuts\": [25, 40.5]}}, \"protectedAttributes\": [\"sex\"],"
        + " \"selection\": {\"vifCeiling\": 5, \"maxPValue\": 0.05, \"ivCeiling\": 0.5}");
    byte[] bytes = spec.toBytes();
    TrainingSpec again = TrainingSpec.read(bytes);
    assertThat(again).isEqualTo(spec);
    assertThat(again.toBytes()).isEqualTo(bytes);
    assertThat(again.characteristic("job").groups()).contains(List.of(List.of("a", "b"), List.of("c")));
    assertThat(again.characteristic("age").cuts()).isEqualTo(Optional.of(List.of(25.0, 40.5)));
  }

  @Test
  void documentedExample_isValid() throws Exception {
    Path example = Path.of("..", "docs", "examples", "training-spec.json");
    TrainingSpec spec = TrainingSpec.read(Files.readAllBytes(example));
    assertThat(spec.integerPoints()).isTrue();
    assertThat(spec.characteristic("checking_status").role()).isEqualTo(CharacteristicSpec.Role.EXCLUDE);
    assertThat(spec.characteristic("duration").cuts()).contains(List.of(12.0, 24.0, 36.0));
    assertThat(TrainingSpec.read(spec.toBytes())).isEqualTo(spec);
  }
}
