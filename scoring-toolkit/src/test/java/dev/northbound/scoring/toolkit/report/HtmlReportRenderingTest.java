package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium: the DOM must hold every chart with drawn SVG
 * elements, and a screenshot must be a real, non-blank picture with the palette's colours in it.
 * Skipped when Chromium is not installed ({@code .ci/run} installs it, so CI always runs this).
 *
 * <p>Run with {@code -Dnorthbound.report.updateSample=true} to refresh docs/images/report-sample.png.
 */
class HtmlReportRenderingTest {

  private static Chromium chromium;

  @TempDir Path work;

  @BeforeAll
  static void findChromium() {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(), "Chromium is not installed (apt-get install chromium); skipping the rendering test");
    chromium = found.get();
  }

  @Test
  void dumpDom_everyChartDrawn() throws Exception {
    Path report = writeSample();
    String dom = chromium.dumpDom(report.resolve(ReportWriter.HTML_FILE), work);

    java.util.Map<String, Integer> drawn = Chromium.drawnElementsByFigure(dom);
    drawn.forEach((name, count) -> assertThat(count).as("drawn elements in figure %s", name).isGreaterThanOrEqualTo(2));
    assertThat(drawn.keySet()).containsExactlyElementsOf(SampleReport.CHART_NAMES);
    assertThat(dom).doesNotContain("<script");
  }

  @Test
  void screenshot_notBlank() throws Exception {
    Path report = writeSample();
    Path png = work.resolve("report.png");
    chromium.screenshot(report.resolve(ReportWriter.HTML_FILE), png, 1280, 4000, work);

    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(4000);
    long nonWhite = 0;
    long goods = 0;
    long bads = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) {
          nonWhite++;
        }
        goods += rgb == 0x0072B2 ? 1 : 0;
        bads += rgb == 0xD55E00 ? 1 : 0;
      }
    }
    // Text, tables and seven charts cover well over 2% of the 5.12 million pixels; the goods and bads
    // colours must appear as solid pixels (lines, bars, legend swatches), not just anti-aliased edges.
    assertThat(nonWhite).isGreaterThan(100_000);
    assertThat(goods).isGreaterThan(2_000);
    assertThat(bads).isGreaterThan(2_000);

    if (Boolean.getBoolean("northbound.report.updateSample")) {
      SampleImage.save(image, Path.of(System.getProperty("northbound.repo.dir"), "docs", "images", "report-sample.png"));
    }
  }

  private Path writeSample() throws IOException {
    return ReportWriter.create().write(work.resolve("report"), SampleReport.json(), SampleReport.html());
  }
}
