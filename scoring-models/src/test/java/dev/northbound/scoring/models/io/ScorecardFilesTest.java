package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardFilesTest {

  private static final FeatureSchema SCHEMA = ScorecardFixtures.schema();
  private static final String FP = SCHEMA.fingerprint().substring(0, 12);

  /** The hand-built card's file, edited by {@code edit} and sealed again, as a tool that writes bad models would. */
  private static byte[] resealed(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()));
    root.remove("seal");
    edit.accept(root);
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  private static ObjectNode characteristic(ObjectNode root, int i) {
    return (ObjectNode) root.get("characteristics").get(i);
  }

  private static ObjectNode bin(ObjectNode root, int c, int b) {
    return (ObjectNode) characteristic(root, c).get("bins").get(b);
  }

  private static void assertFails(byte[] bytes, String message) {
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, SCHEMA))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  @Test
  void write_roundTripIsEqualAndByteIdentical(@TempDir Path dir) throws IOException {
    Scorecard card = ScorecardFixtures.handBuilt();
    Path file = dir.resolve("willingness.json");
    ScorecardFiles.write(card, file);
    Scorecard back = ScorecardFiles.read(file, SCHEMA);
    assertThat(back).isEqualTo(card);
    assertThat(back.provenance()).isEqualTo(ScorecardFixtures.provenance());
    assertThat(ScorecardFiles.toBytes(back)).isEqualTo(Files.readAllBytes(file));
    ScorecardFiles.write(back, file); // over an existing file
    assertThat(Files.readAllBytes(file)).isEqualTo(ScorecardFiles.toBytes(card));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void toBytes_matchesGoldenFile() throws IOException {
    // The golden file pins the format, key order, number forms and seal; regenerate only on purpose.
    try (InputStream in = getClass().getResourceAsStream("ScorecardFilesTest.json")) {
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(new String(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()), StandardCharsets.UTF_8))
          .isEqualTo(golden);
    }
  }

  @Test
  void roundTrip_randomCardsWithBaselines() {
    for (long seed = 1; seed <= 20; seed++) {
      Scorecard card = ScorecardFixtures.random(12, seed, ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 3));
      byte[] bytes = ScorecardFiles.toBytes(card);
      Scorecard back = ScorecardFiles.read(bytes, card.schema());
      assertThat(back).isEqualTo(card);
      assertThat(ScorecardFiles.toBytes(back)).isEqualTo(bytes);
    }
  }

  @Test
  void read_corruptJson() {
    byte[] bytes = ScorecardFiles.toBytes(ScorecardFixtures.handBuilt());
    byte[] truncated = java.util.Arrays.copyOf(bytes, 40);
    // 40 bytes = "{\n" (2) + the 36 bytes of line 2 + 2 spaces of line 3: input ends at line 3, column 3.
    assertFails(truncated, "/: must be well-formed JSON; found JSON that ends too early");
    assertFails("{\"format\": \"northbound.scorecard\",,}".getBytes(StandardCharsets.UTF_8),
        "/: must be well-formed JSON; found malformed JSON at line 1, column 35"); // the second comma: 1 + 8 + 1 + 1 + 22 + 1 + 1
    assertFails(new byte[0], "/: must be a JSON object; found nothing");
    assertFails("[1]".getBytes(StandardCharsets.UTF_8), "/: must be a JSON object; found an array");
  }

  @Test
  void read_flippedByteBreaksSeal() {
    byte[] bytes = ScorecardFiles.toBytes(ScorecardFixtures.handBuilt());
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("\"W01\"") + 3;
    bytes[at] ^= 0x01; // "W01" -> "W00"
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, SCHEMA)).isInstanceOf(ModelDefinitionException.class)
        .message().matches("/seal/digest: must match the content's digest [0-9a-f]{12} \\(the file was changed after"
            + " it was sealed\\); found another digest");
    bytes[at] ^= (byte) 0xB0; // now an invalid UTF-8 byte
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, SCHEMA)).isInstanceOf(ModelDefinitionException.class)
        .message().startsWith("/: must be well-formed JSON; found malformed JSON at line ");
  }

  @Test
  void read_handEditWithoutResealing() {
    String text = new String(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()), StandardCharsets.UTF_8);
    String edited = text.replaceFirst("\"points\": 30.0", "\"points\": 60.0");
    assertThat(edited).isNotEqualTo(text);
    assertThatThrownBy(() -> ScorecardFiles.read(edited.getBytes(StandardCharsets.UTF_8), SCHEMA))
        .message().startsWith("/seal/digest: must match the content's digest ");
    assertFails(removeSeal(), "/seal: is required; found nothing");
  }

  private static byte[] removeSeal() {
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()));
    root.remove("seal");
    return Canonical.prettyBytes(root);
  }

  @Test
  void read_unknownFormatVersionOrFormat() {
    assertFails(resealed(r -> r.put("formatVersion", 2)),
        "/formatVersion: must be 1, the format version this library reads; found format version 2");
    assertFails(resealed(r -> r.put("format", "acme.model")),
        "/format: must be northbound.scorecard; found another format");
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()));
    ((ObjectNode) root.get("seal")).put("algorithm", "MD5");
    assertFails(Canonical.prettyBytes(root), "/seal/algorithm: must be SHA-256; found another algorithm");
  }

  @Test
  void read_removedBinLeavesGap() {
    assertFails(resealed(r -> ((ArrayNode) characteristic(r, 0).get("bins")).remove(1)),
        "/characteristics/0/bins/1: must start where the interval bin below it ends; found a gap between bins"
            + " (-inf, 0.3] and (0.5, +inf)");
  }

  @Test
  void read_overlappingBins() {
    assertFails(resealed(r -> bin(r, 0, 0).put("upper", 0.4)),
        "/characteristics/0/bins/1: must not overlap another interval bin; found bin (0.3, 0.5] overlapping bin"
            + " (-inf, 0.4]");
  }

  @Test
  void read_nonFinitePoints() {
    byte[] nan = resealed(r -> bin(r, 0, 1).set("points", DoubleNode.valueOf(Double.NaN)));
    String nanText = new String(nan, StandardCharsets.UTF_8).replace("\"NaN\"", "NaN");
    // NaN is not JSON: the strict definition reader refuses the token itself (line 51, column 24).
    assertFails(nanText.getBytes(StandardCharsets.UTF_8),
        "/: must be well-formed JSON; found malformed JSON at line 51, column 24");
    byte[] inf = resealed(r -> bin(r, 1, 0).set("points", DoubleNode.valueOf(Double.POSITIVE_INFINITY)));
    String infText = new String(inf, StandardCharsets.UTF_8).replace("\"Infinity\"", "1e999");
    assertFails(infText.getBytes(StandardCharsets.UTF_8),
        "/characteristics/1/bins/0/points: must be a finite number; found an infinite number");
  }

  @Test
  void read_otherSchema() {
    FeatureSchema other = ScorecardFixtures.wideSchema(3);
    byte[] bytes = ScorecardFiles.toBytes(ScorecardFixtures.handBuilt());
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, other)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/schemaFingerprint: must be the given schema " + other.fingerprint().substring(0, 12)
            + "; found schema " + FP);
  }

  @Test
  void read_featureNotInSchema() {
    assertFails(resealed(r -> characteristic(r, 2).put("feature", "income")),
        "/characteristics/2/feature: must name a feature of the schema; found a feature not in schema " + FP);
  }

  @Test
  void read_missingOrMistypedFields() {
    assertFails(resealed(r -> characteristic(r, 1).remove("reasonCode")),
        "/characteristics/1/reasonCode: is required; found nothing");
    assertFails(resealed(r -> ((ObjectNode) r.get("provenance")).remove("trainedAt")),
        "/provenance/trainedAt: is required; found nothing");
    assertFails(resealed(r -> r.remove("scaling")), "/scaling: is required; found nothing");
    assertFails(resealed(r -> bin(r, 2, 0).remove("codes")), "/characteristics/2/bins/0/codes: is required; found nothing");
    assertFails(resealed(r -> bin(r, 0, 0).put("lower", "minus infinity")),
        "/characteristics/0/bins/0/lower: must be a number, \"-inf\" or \"+inf\"; found a string");
    assertFails(resealed(r -> bin(r, 0, 0).put("points", "15")),
        "/characteristics/0/bins/0/points: must be a number; found a string");
    assertFails(resealed(r -> bin(r, 0, 0).put("colour", "red")), "/characteristics/0/bins/0/colour: must be a field the format defines; found an unknown field");
    assertFails(resealed(r -> ((ObjectNode) r.get("provenance")).put("trainedAt", "yesterday")),
        "/provenance/trainedAt: must be an ISO-8601 instant such as 2026-11-01T08:00:00Z; found a string of another form");
    assertFails(resealed(r -> ((ObjectNode) r.get("scaling")).put("baseOdds", -1.0)),
        "/scaling/baseOdds: must be finite and positive; found a negative number");
  }

  @Test
  void read_emptyCharacteristics() {
    assertFails(resealed(r -> r.putArray("characteristics")), "/characteristics: must hold at least one characteristic; found none");
  }

  @Test
  void docs_exampleIsTheGoldenFileAndLoads() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    org.junit.jupiter.api.Assumptions.assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "northbound.repo.dir is not set or has no docs directory; skipping the docs check");
    String doc = Files.readString(Path.of(repo, "docs", "model-format.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    byte[] bytes = example.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).isEqualTo(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()));
    assertThat(ScorecardFiles.read(bytes, SCHEMA)).isEqualTo(ScorecardFixtures.handBuilt());
  }
}
