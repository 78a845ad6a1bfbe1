package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.POLICY;
import static dev.northbound.scoring.models.decision.PolicyFixtures.PSEUDONYMISER;
import static dev.northbound.scoring.models.decision.PolicyFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.models.BrokenDefinitions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@link dev.northbound.scoring.core.ModelDefinitionException} a broken decision policy
 * raises has the one form {@code "<pointer>: <rule>; found <description>"}: the fixture policy with
 * each node removed or replaced and an unknown field in each object (see {@link BrokenDefinitions}).
 */
class PolicyMessageFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parse_everyBrokenPolicy_failsInTheOneMessageForm() throws Exception {
    BrokenDefinitions corpus = new BrokenDefinitions().loadAll(JSON.readTree(POLICY),
        node -> node.toString().getBytes(StandardCharsets.UTF_8),
        bytes -> DecisionPolicy.parse(bytes, SCHEMA, PSEUDONYMISER));
    for (String text : new String[] {"", "not json", "{", "[]", "null"}) {
      corpus.load("the text " + text, text.getBytes(StandardCharsets.UTF_8),
          bytes -> DecisionPolicy.parse(bytes, SCHEMA, PSEUDONYMISER));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("broken policies tried", corpus.tried());
    figures.put("rejected, every message in the one form", corpus.rejected());
    figures.put("still valid (a value where any of its type will do, or an optional field removed)", corpus.accepted());
    RunFigures.write("policy-message-form", figures);
    assertThat(corpus.tried()).isEqualTo(376);
    assertThat(corpus.rejected()).isEqualTo(348);
  }
}
