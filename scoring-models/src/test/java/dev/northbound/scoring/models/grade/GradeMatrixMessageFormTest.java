package dev.northbound.scoring.models.grade;

import static dev.northbound.scoring.models.grade.CapacityWillingnessModelTest.MATRIX;
import static dev.northbound.scoring.models.grade.CapacityWillingnessModelTest.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.models.BrokenDefinitions;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@link dev.northbound.scoring.core.ModelDefinitionException} a broken grade matrix raises,
 * read alone or combined with its two sub-models, has the one form {@code "<pointer>: <rule>;
 * found <description>"} (see {@link BrokenDefinitions}).
 */
class GradeMatrixMessageFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parseAndCombine_everyBrokenMatrix_failsInTheOneMessageForm() throws Exception {
    Scorecard capacity = model("capacity", "dti_ratio", List.of("C1", "C2", "C3"), List.of(590.0, 570.0));
    Scorecard willingness = model("willingness", "late_share", List.of("W1", "W2"), List.of(590.0));
    BrokenDefinitions corpus = new BrokenDefinitions().loadAll(JSON.readTree(MATRIX),
        node -> node.toString().getBytes(StandardCharsets.UTF_8),
        bytes -> CapacityWillingnessModel.of(capacity, willingness, new String(bytes, StandardCharsets.UTF_8)));
    for (String text : new String[] {"", "not json", "{", "[]", "null"}) {
      corpus.load("the text " + text, text.getBytes(StandardCharsets.UTF_8),
          bytes -> GradeMatrix.parse(new String(bytes, StandardCharsets.UTF_8)));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("broken grade matrices tried", corpus.tried());
    figures.put("rejected, every message in the one form", corpus.rejected());
    figures.put("still valid", corpus.accepted());
    RunFigures.write("grade-matrix-message-form", figures);
    assertThat(corpus.tried()).isEqualTo(292);
    assertThat(corpus.rejected()).isEqualTo(292);
  }
}
