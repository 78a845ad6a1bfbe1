package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Writing and reading interaction characteristics: {@code partner} and cell bins. */
class ScorecardFilesInteractionTest {

  private static final FeatureSchema SCHEMA = ScorecardFixtures.schema();

  private static Scorecard card() {
    return ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT);
  }

  private static byte[] resealed(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(ScorecardFiles.toBytes(card()));
    root.remove("seal");
    edit.accept(root);
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  private static ObjectNode characteristic(ObjectNode root, int i) {
    return (ObjectNode) root.get("characteristics").get(i);
  }

  private static ObjectNode cell(ObjectNode root, int c, int b) {
    return (ObjectNode) characteristic(root, c).get("bins").get(b);
  }

  private static void assertFails(byte[] bytes, String message) {
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, SCHEMA))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void roundTrip_isEqualAndByteIdentical() {
    byte[] bytes = ScorecardFiles.toBytes(card());
    Scorecard back = ScorecardFiles.read(bytes, SCHEMA);
    assertThat(back).isEqualTo(card());
    assertThat(back.characteristics().get(4).missingReason()).isPresent();
    assertThat(ScorecardFiles.toBytes(back)).isEqualTo(bytes);
    assertThat(back.points(new double[] {0.45, 25, 6, 2})).isEqualTo(501.0);
  }

  @Test
  void write_partnerAfterFeatureAndCellsWithAxesWithoutPoints() {
    JsonNode root = ScorecardFiles.parse(ScorecardFiles.toBytes(card()));
    JsonNode interaction = root.get("characteristics").get(3);
    assertThat(interaction.fieldNames()).toIterable()
        .startsWith("feature", "partner", "reasonCode");
    assertThat(interaction.get("partner").textValue()).isEqualTo("dti_ratio");
    // Cell 7 = (2, 1): (-inf, 12) × (0.3, +inf), -20 points.
    assertThat(interaction.get("bins").get(7).toString()).isEqualTo("{\"type\":\"cell\",\"first\":{\"type\":"
        + "\"interval\",\"lower\":\"-inf\",\"lowerClosed\":false,\"upper\":12.0,\"upperClosed\":false},"
        + "\"second\":{\"type\":\"interval\",\"lower\":0.3,\"lowerClosed\":false,\"upper\":\"+inf\","
        + "\"upperClosed\":false},\"points\":-20.0}");
    assertThat(root.get("characteristics").get(0).has("partner")).isFalse();
  }

  @Test
  void read_brokenCells() {
    assertFails(resealed(r -> ((ObjectNode) cell(r, 3, 0).get("first")).put("points", 0.0)),
        "/characteristics/3/bins/0/first/points: must be a field the format defines; found an unknown field");
    assertFails(resealed(r -> cell(r, 3, 0).remove("second")),
        "/characteristics/3/bins/0/second: is required; found nothing");
    assertFails(resealed(r -> cell(r, 3, 0).set("first", cell(r, 3, 1).deepCopy())),
        "/characteristics/3/bins/0/first/first: must be a field the format defines; found an unknown field");
    assertFails(resealed(r -> cell(r, 3, 0).putObject("first").put("type", "cell")),
        "/characteristics/3/bins/0/first/type: must be interval, missing, special or categorical (an axis of a cell"
            + " is a bin of one feature); found cell");
    assertFails(resealed(r -> cell(r, 3, 0).put("type", "square")),
        "/characteristics/3/bins/0/type: must be interval, missing, special, categorical or cell; found another type");
    assertFails(resealed(r -> characteristic(r, 3).remove("partner")),
        "/characteristics/3/bins/0: must be a bin of one feature: the characteristic has no partner; found the cell"
            + " no delinquency × (-inf, 0.3]");
    assertFails(resealed(r -> characteristic(r, 0).put("partner", "housing")),
        "/characteristics/0/bins/0: must be a cell: the characteristic is an interaction; found the single bin"
            + " (-inf, 0.3]");
    assertFails(resealed(r -> characteristic(r, 3).put("partner", "income")),
        "/characteristics/3/partner: must name a feature of the schema; found a feature not in schema "
            + SCHEMA.fingerprint().substring(0, 12));
    assertFails(resealed(r -> ((com.fasterxml.jackson.databind.node.ArrayNode) characteristic(r, 3).get("bins"))
        .remove(11)),
        "/characteristics/3/bins: must hold a cell for every pair of a first and a second bin; found 11 cells for"
            + " 4 × 3 bins");
  }

  @Test
  void write_cardWithoutInteractionsUnchanged() {
    // No partner member and no cell: the golden file of ScorecardFilesTest pins the bytes; here, that
    // no new member appears anywhere in a card without interactions.
    String text = new String(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("partner").doesNotContain("\"cell\"").doesNotContain("\"first\"");
  }
}
