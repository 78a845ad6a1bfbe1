package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.Chromium;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.SvgTextFit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the German credit training report (with a spec holding Chinese reason text) in headless
 * Chromium: every chart is drawn, no chart text overflows or overlaps, the page names a CJK font,
 * and a screenshot is a real picture. Skipped when Chromium is not installed.
 */
class TrainingReportRenderingTest {

  private static Chromium chromium;

  @TempDir Path work;

  @BeforeAll
  static void findChromium() {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(),
        "Chromium is not installed (apt-get install chromium); skipping the rendering test");
    chromium = found.get();
  }

  @Test
  void dumpDom_everyChartDrawnAndEveryLabelFits() throws Exception {
    TrainingReport report = TrainingReportGermanCreditTest.germanReport();
    Path dir = report.write(work.resolve("report"));
    String dom = chromium.dumpDom(dir.resolve(ReportWriter.HTML_FILE), work);

    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    assertThat(drawn.keySet()).containsExactlyElementsOf(report.html().chartNames());
    drawn.forEach((name, count) ->
        assertThat(count).as("drawn elements in figure %s", name).isGreaterThanOrEqualTo(2));
    assertThat(drawn).containsKeys("training-roc", "training-ks", "training-calibration",
        "woe-duration");
    assertThat(SvgTextFit.problems(dom)).isEmpty();
    assertThat(dom).contains("支票账户状态", "Noto Sans CJK SC", "@media print")
        .doesNotContain("IntervalBin[").doesNotContain("<script");
  }

  @Test
  void screenshot_notBlank() throws Exception {
    Path dir = TrainingReportGermanCreditTest.germanReport().write(work.resolve("report"));
    Path png = work.resolve("report.png");
    chromium.screenshot(dir.resolve(ReportWriter.HTML_FILE), png, 1280, 4000, work);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    long blue = 0;
    long vermillion = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        blue += rgb == 0x0072B2 ? 1 : 0;
        vermillion += rgb == 0xD55E00 ? 1 : 0;
      }
    }
    // the ROC line, KS curves and calibration points in the first 4,000 px are solid palette
    // colours; vermillion is only the dashed KS curve of bads there (371 px in Chromium 120+).
    assertThat(blue).isGreaterThan(2_000);
    assertThat(vermillion).isGreaterThan(200);
  }

  @Test
  void binReport_everyChartDrawnAndEveryLabelFits() throws Exception {
    Dataset data = dev.northbound.scoring.toolkit.data.SharedData.germanCredit();
    BinningRun run = ScorecardTrainer.create(TrainingConfig.builder().seed(42).build()).bin(data);
    BinReport report = BinReport.of(run, data, java.time.Instant.parse("2026-11-22T00:00:00Z"),
        Map.of("file", "credit-g.arff"));
    Path dir = work.resolve("bins");
    ReportWriter.create().write(dir, report.json(), report.html());
    String dom = chromium.dumpDom(dir.resolve(ReportWriter.HTML_FILE), work);
    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    assertThat(drawn.keySet()).containsExactlyElementsOf(report.html().chartNames());
    // the IV chart and one bin chart per characteristic of credit-g (20 attributes)
    assertThat(drawn).hasSize(21).containsKeys("information-value", "woe-duration", "woe-checking-status");
    drawn.forEach((name, count) ->
        assertThat(count).as("drawn elements in figure %s", name).isGreaterThanOrEqualTo(2));
    assertThat(SvgTextFit.problems(dom)).isEmpty();
    assertThat(dom).contains("Binning report", "Noto Sans CJK SC", "northbound.training-spec")
        .doesNotContain("IntervalBin[").doesNotContain("<script");
  }
}
