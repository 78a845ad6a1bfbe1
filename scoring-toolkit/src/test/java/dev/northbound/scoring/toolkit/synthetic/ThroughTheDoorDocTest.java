package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The table of docs/reject-inference.md, "The simulation", still matches the generator and the policy. */
class ThroughTheDoorDocTest {

  @Test
  void docsTable_matchesThePolicies() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "northbound.repo.dir is not set or has no docs/ folder: cannot check docs/reject-inference.md");
    String doc = Files.readString(Path.of(repo, "docs", "reject-inference.md"), StandardCharsets.UTF_8);
    assertThat(doc).contains(ThroughTheDoorReport.markdown(42L, 50_000));
  }
}
