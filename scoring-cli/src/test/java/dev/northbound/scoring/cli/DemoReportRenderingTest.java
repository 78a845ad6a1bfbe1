package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.toolkit.report.Chromium;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo report of a small portfolio in headless Chromium: every chart is present with
 * drawn SVG elements and the page has its sections. Skipped when Chromium is not installed. Follows
 * the toolkit's {@code EvaluationReportRenderingTest} and uses its {@code Chromium} helper (the
 * toolkit's test jar).
 *
 * <p>Run with {@code -Dnorthbound.demo.updateSample=true} to refresh docs/images/demo-report.png.
 */
class DemoReportRenderingTest {

  @TempDir Path work;

  @Test
  void demoReport_everyChartDrawn() throws Exception {
    Optional<Chromium> chromium = Chromium.find();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium); skipping the rendering test");
    CliTestSupport.Run run = CliTestSupport.run("demo", "--size", "4000", "--seed", "11", "--report",
        work.resolve("r").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path html = work.resolve("r/report.html");

    String page = chromium.get().dumpDom(html, work);
    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(page);
    java.util.List<String> names = new java.util.ArrayList<>(drawn.keySet());
    assertThat(names.subList(0, Math.min(10, names.size()))).containsExactly("roc", "roc-grade",
        "capacity-distribution", "capacity-calibration", "willingness-distribution", "willingness-calibration", "psi",
        "reason-frequency", "thin-file-outcomes", "roc-boosted");
    // Then one shape chart per characteristic of the boosted scorecard.
    assertThat(names.subList(10, names.size())).isNotEmpty().allMatch(n -> n.startsWith("shape-"));
    drawn.forEach((name, count) -> assertThat(count).as("drawn elements in %s", name).isGreaterThanOrEqualTo(2));
    assertThat(page).contains("Scores and calibration").contains("Score PSI, held-out part against the training part")
        .contains("Reasons given to declined and referred applicants").contains("Thin files: what alternative data buys")
        .contains("Boosted scorecard beside the WoE scorecard")
        .contains("评分低于复核分数线").doesNotContain("<script").doesNotContain("Bin[");

    Path png = work.resolve("demo.png");
    chromium.get().screenshot(html, png, 1280, 1400, work);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    if (Boolean.getBoolean("northbound.demo.updateSample")) {
      ImageIO.write(image, "png", Path.of(System.getProperty("northbound.repo.dir"), "docs", "images",
          "demo-report.png").toFile());
    }
  }
}
