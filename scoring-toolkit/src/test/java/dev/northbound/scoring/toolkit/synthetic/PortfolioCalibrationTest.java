package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portfolio-level properties documented in docs/synthetic-data.md, measured on the documented
 * portfolio (seed 42, indexes 0 to 49,999, default configuration).
 */
class PortfolioCalibrationTest {

  private static final PortfolioGenerator GEN = PortfolioGenerator.of(GeneratorConfig.defaults());
  private static PortfolioTally seed42;

  @BeforeAll
  static void tally() {
    seed42 = PortfolioTally.of(GEN, 42L, 0, 50_000);
  }

  @Test
  void segmentShares_20000Applicants_withinTolerance() {
    PortfolioTally t = PortfolioTally.of(GEN, 2026L, 0, 20_000);
    // Binomial sd of a share p on 20,000 draws is at most sqrt(0.25 / 20,000) = 0.0035; allow 4 sd.
    for (Segment s : Segment.values()) {
      double share = t.applicants[s.ordinal()] / 20_000.0;
      assertThat(share).as(s.name()).isCloseTo(GEN.config().segmentShares().get(s), within(0.014));
    }
  }

  @Test
  void badRate_portfolio_between8And12Percent() {
    assertThat((double) seed42.totalBads() / seed42.total()).isBetween(0.08, 0.12);
  }

  @Test
  void badRate_perSegment_orderedAsDocumented() {
    // Documented order, worst first: over-indebted, recent graduate, trader, young professional, retiree.
    assertThat(seed42.badRate(Segment.OVER_INDEBTED)).isGreaterThan(2.5 * seed42.badRate(Segment.RECENT_GRADUATE));
    assertThat(seed42.badRate(Segment.RECENT_GRADUATE)).isGreaterThan(seed42.badRate(Segment.CROSS_BORDER_TRADER));
    assertThat(seed42.badRate(Segment.CROSS_BORDER_TRADER)).isGreaterThan(seed42.badRate(Segment.YOUNG_PROFESSIONAL));
    assertThat(seed42.badRate(Segment.YOUNG_PROFESSIONAL)).isGreaterThan(seed42.badRate(Segment.RETIREE));
  }

  @Test
  void docsTable_matchesGeneratedPortfolio() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "northbound.repo.dir is not set or has no docs/ folder: cannot check docs/synthetic-data.md");
    String doc = Files.readString(Path.of(repo, "docs", "synthetic-data.md"), StandardCharsets.UTF_8);
    assertThat(doc).contains(seed42.markdown());
  }
}
