package dev.northbound.scoring.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/scorecard.json is exactly what {@link ExampleScorecard} builds. Regenerate with
 * {@code mvn -pl scoring-models test -Dtest=ExampleModelFilesTest -Dnorthbound.regenerate.examples=true}.
 */
class ExampleModelFilesTest {

  static Path examples() {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    return Path.of(repo, "docs", "examples");
  }

  @Test
  void scorecardFile_isTheBuiltScorecard() throws IOException {
    Path file = examples().resolve("scorecard.json");
    byte[] built = ScorecardFiles.toBytes(ExampleScorecard.build());
    if (Boolean.getBoolean("northbound.regenerate.examples")) {
      Files.write(file, built);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(built);
    assertThat(ScorecardFiles.read(file, ExampleScorecard.schema())).isEqualTo(ExampleScorecard.build());
  }
}
