package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.toolkit.report.Chromium;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.SampleImage;
import dev.northbound.scoring.toolkit.report.SvgTextFit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the German credit boosted training report (2 interactions) in headless Chromium: every
 * chart is drawn, no chart text overflows or overlaps, and a screenshot holds the palette's
 * colours. Skipped when Chromium or the shared data is absent. {@code
 * -Dnorthbound.boosted.screenshot=FILE} saves the screenshot for a person to look at.
 */
class BoostedTrainingReportRenderingTest {

  private static Chromium chromium;

  @TempDir Path work;

  @BeforeAll
  static void findChromium() {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(), "Chromium is not installed (apt-get install chromium); skipping");
    chromium = found.get();
  }

  @Test
  void screenshot_everyChartDrawnAndEveryLabelFits() throws Exception {
    BoostedTrainingReport report = BoostedTrainingReportTest.germanReport();
    Path html = report.write(work.resolve("report")).resolve(ReportWriter.HTML_FILE);
    String dom = chromium.dumpDom(html, work);

    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    assertThat(drawn.keySet()).containsExactlyElementsOf(report.html().chartNames());
    drawn.forEach((name, count) ->
        assertThat(count).as("drawn elements in figure %s", name).isGreaterThanOrEqualTo(2));
    assertThat(drawn).containsKeys("cv-auc", "heldout-roc", "heldout-ks", "heldout-calibration",
        "importance", "shape-duration");
    assertThat(SvgTextFit.problems(dom)).isEmpty();
    assertThat(dom).contains("Boosted training report", "Interactions", "Noto Sans CJK SC")
        .doesNotContain("<script");

    Path png = work.resolve("boosted.png");
    chromium.screenshot(html, png, 1280, 8000, work);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    // the ROC line, KS curve of goods and positive bars are solid blue; the KS curve of bads and
    // the negative bars of the first shapes vermillion
    assertThat(pixels(image, 0x0072B2)).isGreaterThan(2_000);
    assertThat(pixels(image, 0xD55E00)).isGreaterThan(2_000);
    String keep = System.getProperty("northbound.boosted.screenshot", "");
    if (!keep.isEmpty()) {
      SampleImage.save(image, Path.of(keep));
    }
  }

  /** The pixels of exactly colour {@code rgb}. */
  private static long pixels(BufferedImage image, int rgb) {
    int width = image.getWidth();
    return IntStream.range(0, width * image.getHeight())
        .filter(i -> (image.getRGB(i % width, i / width) & 0xffffff) == rgb).count();
  }
}
