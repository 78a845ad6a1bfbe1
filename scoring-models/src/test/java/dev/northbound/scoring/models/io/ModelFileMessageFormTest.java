package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.models.BrokenDefinitions;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@link dev.northbound.scoring.core.ModelDefinitionException} a broken model file raises
 * has the one form {@code "<pointer>: <rule>; found <description>"} with a JSON Pointer into the
 * file: the hand-built scorecard's file with each node removed or replaced and an unknown field in
 * each object (see {@link BrokenDefinitions}), sealed again as a tool that writes bad models would
 * (so the change reaches the structural checks, not only the seal), plus each change to the seal
 * itself and a few inputs that are not JSON.
 */
class ModelFileMessageFormTest {

  private static final FeatureSchema SCHEMA = ScorecardFixtures.schema();

  private static byte[] resealed(JsonNode node) {
    ObjectNode root = (ObjectNode) node.deepCopy();
    root.remove("seal");
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  @Test
  void read_everyBrokenFile_failsInTheOneMessageForm() {
    ObjectNode good = (ObjectNode) ScorecardFiles.parse(ScorecardFiles.toBytes(ScorecardFixtures.handBuilt()));
    ObjectNode unsealed = good.deepCopy();
    unsealed.remove("seal");
    BrokenDefinitions corpus = new BrokenDefinitions()
        .loadAll(unsealed, ModelFileMessageFormTest::resealed, bytes -> ScorecardFiles.read(bytes, SCHEMA));
    BrokenDefinitions.variants(good).forEach((change, variant) -> {
      if (change.contains("/seal")) {
        corpus.load(change, Canonical.prettyBytes(variant), bytes -> ScorecardFiles.read(bytes, SCHEMA));
      }
    });
    for (String text : new String[] {"", "not json", "{", "[]", "null", "{\"format\": 1}"}) {
      corpus.load("the text " + text, text.getBytes(StandardCharsets.UTF_8), bytes -> ScorecardFiles.read(bytes, SCHEMA));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("broken model files tried", corpus.tried());
    figures.put("rejected, every message in the one form", corpus.rejected());
    figures.put("still valid (a value where any of its type will do, or an optional field removed)", corpus.accepted());
    figures.put("distinct pointers", corpus.byPointer().size());
    RunFigures.write("model-file-message-form", figures);
    assertThat(corpus.tried()).isEqualTo(1706);
    assertThat(corpus.rejected()).isEqualTo(1533);
  }
}
