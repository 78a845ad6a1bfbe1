package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on a small synthetic portfolio: the structure it recovers is the one the generator built. */
class DemoCommandTest {

  @TempDir static Path dir;
  static CliTestSupport.Run run;
  static JsonNode report;

  @BeforeAll
  static void runDemo() throws IOException {
    run = CliTestSupport.run("demo", "--size", "6000", "--seed", "7", "--report", dir.resolve("r").toString());
    report = new ObjectMapper().readTree(dir.resolve("r/report.json").toFile());
  }

  @Test
  void demo_writesBothReportsAndASummary() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("r/report.html")).exists();
    assertThat(run.out()).contains("SYNTHETIC portfolio of 6,000 applicants (seed 7): 6,000 documents verified")
        .contains("Capacity x willingness grade").contains("XGBoost challenger").contains("Thin files")
        .contains(" / "); // bilingual reasons
    assertThat(report.get("synthetic").asBoolean()).isTrue();
    assertThat(report.at("/rows/verified").asInt()).isEqualTo(6000);
    assertThat(report.at("/rows/train").asInt() + report.at("/rows/test").asInt()).isEqualTo(6000);
  }

  @Test
  void scorecards_rankTheOverIndebtedSegmentWorst() {
    double worstCapacity = Double.MAX_VALUE;
    double worstWillingness = Double.MAX_VALUE;
    String worstC = "";
    String worstW = "";
    for (JsonNode s : report.get("segments")) {
      if (s.get("meanCapacityPoints").asDouble() < worstCapacity) {
        worstCapacity = s.get("meanCapacityPoints").asDouble();
        worstC = s.get("segment").asText();
      }
      if (s.get("meanWillingnessPoints").asDouble() < worstWillingness) {
        worstWillingness = s.get("meanWillingnessPoints").asDouble();
        worstW = s.get("segment").asText();
      }
    }
    assertThat(worstW).isEqualTo("OVER_INDEBTED");
    assertThat(worstC).isEqualTo("OVER_INDEBTED");
  }

  @Test
  void alternativeData_liftsThinFileAuc() {
    // Without a bureau file every bureau feature is missing: the bureau-only model gives every thin
    // file the same score, AUC exactly 0.5. Alternative data must rank them better than chance.
    assertThat(report.at("/thinFiles/aucBureauDataOnly").asDouble()).isEqualTo(0.5);
    assertThat(report.at("/thinFiles/aucWithAlternativeData").asDouble()).isGreaterThan(0.6);
    assertThat(report.at("/thinFiles/count").asInt()).isPositive();
  }

  @Test
  void models_discriminate() {
    for (String model : new String[] {"Capacity scorecard", "Willingness scorecard", "Capacity x willingness grade",
        "XGBoost challenger"}) {
      assertThat(report.get("metrics").get(model).get("auc").asDouble()).as(model).isGreaterThan(0.65);
    }
  }
}
