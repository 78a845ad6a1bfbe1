package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code inputs} section of a model file trained on a table. */
class ModelInputsFileTest {

  static final ModelInputs INPUTS = ModelInputs.of(List.of(
      InputColumn.categorical("Housing Type", "housing_type", List.of("own", "rent", "mortgage")),
      InputColumn.numeric("income", "income")));

  static Scorecard card() {
    FeatureSchema schema = INPUTS.schema();
    return Scorecard.builder(schema).id("table").version("1").initialScore(500)
        .scaling(Scaling.of(600, 50, 20)).grades(RiskGrades.of(List.of("A", "B"), List.of(520.0)))
        .provenance(ScorecardFixtures.provenance())
        .addCharacteristic(Characteristic.of("housing_type", "W01", "Housing lowered the score",
            "住房拉低了评分", List.of(Bin.categorical("own", List.of(0.0), 20),
                Bin.categorical("rent, mortgage", List.of(1.0, 2.0), 5), Bin.missing(0),
                Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, 0))))
        .addCharacteristic(Characteristic.of("income", "W02", "Income lowered the score",
            "收入拉低了评分", List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 10_000, 0),
                Bin.closedOpen(10_000, Double.POSITIVE_INFINITY, 15), Bin.missing(-5))))
        .build();
  }

  private static byte[] resealed(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(
        ScorecardFiles.toBytes(ModelFile.of(card(), INPUTS)));
    root.remove("seal");
    edit.accept(root);
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  private static ObjectNode column(ObjectNode root, int i) {
    return (ObjectNode) root.get("inputs").get("columns").get(i);
  }

  private static void assertFails(byte[] bytes, String message) {
    assertThatThrownBy(() -> ScorecardFiles.readModel(bytes))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void schema_isDerivedFromTheColumns() {
    FeatureSchema schema = INPUTS.schema();
    assertThat(schema.definitions()).extracting(d -> d.name() + "|" + d.unit() + "|" + d.description())
        .containsExactly(
            "housing_type|category code|Column \"Housing Type\" of the training table, as a code of"
                + " the model's dictionary",
            "income|value|Column \"income\" of the training table");
  }

  @Test
  void readModel_roundTripsScorecardAndInputs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("table.model.json");
    ScorecardFiles.write(ModelFile.of(card(), INPUTS), file);
    ModelFile back = ScorecardFiles.readModel(file);
    assertThat(back.scorecard()).isEqualTo(card());
    assertThat(back.inputs()).contains(INPUTS);
    assertThat(ScorecardFiles.toBytes(back)).isEqualTo(java.nio.file.Files.readAllBytes(file));
    // the section sits between the characteristics and the provenance
    String text = new String(ScorecardFiles.toBytes(back), StandardCharsets.UTF_8);
    assertThat(text.indexOf("\"inputs\"")).isBetween(text.indexOf("\"characteristics\""),
        text.indexOf("\"provenance\""));
  }

  @Test
  void read_withTheSchemaAlsoReadsAFileWithInputs() {
    byte[] bytes = ScorecardFiles.toBytes(ModelFile.of(card(), INPUTS));
    assertThat(ScorecardFiles.read(bytes, INPUTS.schema())).isEqualTo(card());
    assertThat(ScorecardFiles.readModel(bytes, INPUTS.schema()).inputs()).contains(INPUTS);
  }

  @Test
  void readModel_withoutInputsNeedsTheSchema() {
    assertFails(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()), "/inputs: is required to read a model"
        + " without a feature schema (a model without inputs is read with the feature schema it was built for);"
        + " found nothing");
  }

  @Test
  void readModel_renamedColumnDefinesAnotherSchema() {
    String other = ModelInputs.of(List.of(
        InputColumn.categorical("housing", "housing_type", List.of("own", "rent", "mortgage")),
        InputColumn.numeric("income", "income"))).schema().fingerprint().substring(0, 12);
    assertFails(resealed(root -> column(root, 0).put("name", "housing")),
        "/inputs/columns: must define the model's schema " + INPUTS.schema().fingerprint().substring(0, 12)
            + "; found columns that define schema " + other);
  }

  @Test
  void readModel_numericColumnWithLabelsIsRefused() {
    assertFails(resealed(root -> column(root, 1).putArray("labels").add("x")),
        "/inputs/columns/1/labels: must be absent from a numeric column; found labels");
  }

  @Test
  void readModel_repeatedLabelIsRefused() {
    assertFails(resealed(root -> ((com.fasterxml.jackson.databind.node.ArrayNode)
        column(root, 0).get("labels")).add("own")),
        "/inputs/columns/0/labels: must be distinct and not empty strings; found an empty or repeated label");
  }

  @Test
  void readModel_unknownTypeAndMemberAreRefused() {
    assertFails(resealed(root -> column(root, 1).put("type", "date")),
        "/inputs/columns/1/type: must be numeric or categorical; found another type");
    assertFails(resealed(root -> column(root, 1).put("unit", "CNY")),
        "/inputs/columns/1/unit: must be a field the format defines; found an unknown field");
  }

  @Test
  void modelFile_inputsOfAnotherSchemaAreAProgrammerError() {
    ModelInputs other = ModelInputs.of(List.of(InputColumn.numeric("income", "income")));
    assertThatThrownBy(() -> ModelFile.of(card(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the inputs define schema ");
  }
}
