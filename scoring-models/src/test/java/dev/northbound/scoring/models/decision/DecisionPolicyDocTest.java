package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The full example in docs/decision-policy.md must be a valid policy that behaves as the tests' policy. */
class DecisionPolicyDocTest {

  @Test
  void docsExample_parsesAndDecides() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "northbound.repo.dir is not set or has no docs directory; skipping the docs example check");
    String md = Files.readString(Path.of(repo, "docs", "decision-policy.md"));
    int start = md.indexOf("```json") + "```json".length();
    String json = md.substring(start, md.indexOf("```", start));
    DecisionPolicy p = DecisionPolicy.parse(json, PolicyFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER);
    Decision d = p.decide(PolicyFixtures.clean(), PolicyFixtures.vector(), PolicyFixtures.score(650, "A"),
        PolicyFixtures.AS_OF);
    assertThat(d.approvedLimit()).contains(dev.northbound.scoring.core.money.Money.of("78700.00",
        dev.northbound.scoring.core.money.Money.CNY));
  }
}
