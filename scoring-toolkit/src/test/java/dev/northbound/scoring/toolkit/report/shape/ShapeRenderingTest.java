package dev.northbound.scoring.toolkit.report.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.toolkit.report.Chromium;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.SampleImage;
import dev.northbound.scoring.toolkit.report.SvgTextFit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a page of shapes (a numeric characteristic with negative and positive points, a
 * categorical one with long and Chinese labels, and a 4 × 5 interaction) in headless Chromium:
 * every chart is drawn, and the screenshot holds the heat map's end colours and the bars' colours.
 * Skipped when Chromium is not installed. {@code -Dnorthbound.shapes.screenshot=FILE} saves the
 * screenshot for a person to look at.
 */
class ShapeRenderingTest {

  private static final long ROWS = 12_480;
  private static final long BADS = 1_093;

  private static Chromium chromium;

  @TempDir Path work;

  @BeforeAll
  static void findChromium() {
    Optional<Chromium> found = Chromium.find();
    assumeTrue(found.isPresent(), "Chromium is not installed (apt-get install chromium); skipping");
    chromium = found.get();
  }

  static ShapeTable sample() {
    Characteristic utilisation = Characteristic.of("revolving_utilisation", "W01", "High utilisation", "使用率高",
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.1, 38.5), Bin.closedOpen(0.1, 0.3, 21.25),
            Bin.closedOpen(0.3, 0.5, 4.5), Bin.closedOpen(0.5, 0.8, -12.75),
            Bin.closedOpen(0.8, Double.POSITIVE_INFINITY, -31), Bin.special(-1, "no revolving account", 2),
            Bin.missing(-6.5)));
    Characteristic housing = Characteristic.of("housing", "W02", "Housing", "住房", List.of(
        Bin.categorical("自有住房 (owns the home outright)", List.of(0.0), 24),
        Bin.categorical("rent, mortgage or living with parents", List.of(1.0, 2.0, 3.0), 8),
        Bin.categorical("company housing", List.of(4.0), 15), Bin.missing(0),
        Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, 0)));
    List<Bin> months = List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 0), Bin.closedOpen(12, 36, 0),
        Bin.closedOpen(36, Double.POSITIVE_INFINITY, 0), Bin.missing(0));
    List<Bin> inquiries = List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 0), Bin.closedOpen(1, 3, 0),
        Bin.closedOpen(3, 6, 0), Bin.closedOpen(6, Double.POSITIVE_INFINITY, 0), Bin.missing(0));
    double[][] points = {{-18.4, -25.1, -33.8, -41.2, -20}, {3.5, -2.25, -9.8, -19.6, -4},
        {22.7, 15.05, 6.1, -3.3, 10}, {-5, -8, -12, -15, -7.5}};
    Characteristic interaction = Characteristic.interaction("months_on_book", "recent_inquiries", "W03",
        "Short history with many inquiries", "信用历史短且查询多", months, inquiries, points);
    return new ShapeTable(List.of(shape(utilisation), shape(housing), shape(interaction)), ROWS, BADS);
  }

  /** Counts that add up to the sample's rows and bads, uneven across bins. */
  private static CharacteristicShape shape(Characteristic c) {
    int k = c.bins().size();
    long[] rows = new long[k];
    long[] bads = new long[k];
    long weights = (long) k * (k + 1) / 2;
    long rowsLeft = ROWS;
    long badsLeft = BADS;
    for (int b = k - 1; b > 0; b--) {
      rows[b] = ROWS * ((b * 7L) % k + 1) / weights / 2;
      bads[b] = rows[b] * (b % 3 + 1) * BADS / ROWS / 3;
      rowsLeft -= rows[b];
      badsLeft -= bads[b];
    }
    rows[0] = rowsLeft;
    bads[0] = badsLeft;
    return CharacteristicShape.of(c, rows, bads);
  }

  @Test
  void screenshot_everyChartDrawnWithItsColours() throws Exception {
    ShapeTable table = sample();
    Path report = ReportWriter.create().write(work.resolve("report"), ShapeSection.json(table),
        ShapeSection.page("Characteristic shapes", Instant.parse("2026-12-07T00:00:00Z"), table));
    Path html = report.resolve(ReportWriter.HTML_FILE);
    assertThat(SvgTextFit.problems(java.nio.file.Files.readString(html))).isEmpty();

    Map<String, Integer> drawn = Chromium.drawnElementsByFigure(chromium.dumpDom(html, work));
    assertThat(drawn.keySet()).containsExactly("shape-revolving-utilisation", "shape-housing",
        "shape-months-on-book-recent-inquiries");
    // Bars per bin, and 20 cells plus seven scale swatches.
    assertThat(drawn.get("shape-revolving-utilisation")).isGreaterThanOrEqualTo(7);
    assertThat(drawn.get("shape-months-on-book-recent-inquiries")).isGreaterThanOrEqualTo(27);

    Path png = work.resolve("shapes.png");
    chromium.screenshot(html, png, 1280, 3600, work);
    BufferedImage image = ImageIO.read(png.toFile());
    long blue = 0;
    long vermillion = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        blue += rgb == 0x0072B2 ? 1 : 0;
        vermillion += rgb == 0xD55E00 ? 1 : 0;
      }
    }
    // Positive and negative bars, and the heat map's highest and lowest cells, as solid areas.
    assertThat(blue).isGreaterThan(2_000);
    assertThat(vermillion).isGreaterThan(2_000);
    String keep = System.getProperty("northbound.shapes.screenshot", "");
    if (!keep.isEmpty()) {
      SampleImage.save(image, Path.of(keep));
    }
  }
}
