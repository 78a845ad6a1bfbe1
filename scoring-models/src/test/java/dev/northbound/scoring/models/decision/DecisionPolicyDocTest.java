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

  @Test
  void docsThinFileExample_decidesAsDocumented() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "northbound.repo.dir is not set or has no docs directory; skipping the docs example check");
    String md = Files.readString(Path.of(repo, "docs", "decision-policy.md"));
    int start = md.indexOf("```json\n\"thinFilePath\"") + "```json".length();
    assertThat(start).isGreaterThan("```json".length());
    String section = md.substring(start, md.indexOf("```", start));
    DecisionPolicy p = DecisionPolicy.parse(PolicyFixtures.POLICY.replace("\"knockOuts\"", section + ", \"knockOuts\""),
        ThinFileFixtures.SCHEMA, PolicyFixtures.PSEUDONYMISER);
    Decision d = p.decide(ThinFileFixtures.thinFile(dev.northbound.scoring.core.credit.ProductType.PERSONAL_LOAN,
        "100000", 24), ThinFileFixtures.vector(8000, Double.NaN, 0.95, 12, 2500, 2000, 8), ThinFileFixtures.score(650),
        PolicyFixtures.AS_OF);
    assertThat(d.approvedLimit()).contains(dev.northbound.scoring.core.money.Money.of("11200.00",
        dev.northbound.scoring.core.money.Money.CNY));
    assertThat(d.rules()).extracting(DecisionReason::code).containsExactly("ST_STARTER_LIMIT");
  }
}
