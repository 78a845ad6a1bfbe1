package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.toolkit.report.Chromium;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.SampleImage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders an evaluation report and a monitoring report of generated data in headless Chromium: every
 * chart must be present with drawn SVG elements. Skipped when Chromium is not installed.
 *
 * <p>Run with {@code -Dnorthbound.evaluation.updateSample=true} to refresh
 * docs/images/evaluation-report.png.
 */
class EvaluationReportRenderingTest {

  private static Chromium chromium;

  @TempDir static Path work;
  private static Path data;

  @BeforeAll
  static void setUp() throws Exception {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(), "Chromium is not installed (apt-get install chromium); skipping the rendering test");
    chromium = found.get();
    data = EvaluationFixtures.write(work, "portfolio.jsonl", EvaluationFixtures.generated(800));
  }

  @Test
  void evaluationReport_everyChartDrawn() throws Exception {
    EvaluationReport report = EvaluationRun.evaluate(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(data), EvaluationFixtures.settings(), ProgressListener.NONE);
    Path dir = report.write(work.resolve("evaluation"));
    Path html = dir.resolve(ReportWriter.HTML_FILE);

    String dom = chromium.dumpDom(html, work);
    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    assertThat(drawn.keySet()).containsExactly("roc", "cap", "ks", "score-distribution", "calibration", "stability",
        "csi");
    drawn.forEach((name, count) -> assertThat(count).as("drawn elements in %s", name).isGreaterThanOrEqualTo(2));
    assertThat(dom).contains("Gains table, best score band first").contains("The model's scorecard")
        .contains("Approval and bad rates by group").doesNotContain("<script");

    Path png = work.resolve("evaluation.png");
    chromium.screenshot(html, png, 1280, 6000, work);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    if (Boolean.getBoolean("northbound.evaluation.updateSample")) {
      SampleImage.save(image, Path.of(System.getProperty("northbound.repo.dir"), "docs", "images",
          "evaluation-report.png"));
    }
  }

  @Test
  void monitoringReport_everyChartDrawn() throws Exception {
    Path current = EvaluationFixtures.write(work, "current.jsonl",
        EvaluationFixtures.generated(1000).subList(600, 1000));
    EvaluationReport report = MonitoringRun.monitor(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(data), EvaluationFixtures.source(current), EvaluationFixtures.settings(),
        ProgressListener.NONE);
    Path dir = report.write(work.resolve("monitoring"));

    String dom = chromium.dumpDom(dir.resolve(ReportWriter.HTML_FILE), work);
    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    assertThat(drawn.keySet()).containsExactly("stability", "psi-by-month");
    drawn.forEach((name, count) -> assertThat(count).as("drawn elements in %s", name).isGreaterThanOrEqualTo(2));
    assertThat(Files.size(dir.resolve(ReportWriter.JSON_FILE))).isPositive();
  }
}
