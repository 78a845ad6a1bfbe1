package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact SVG for tiny inputs. The plot area is x 72..616 and y 340 (bottom) .. 52 (top), so a data
 * value v on an axis with ticks [lo, hi] lands at 72 + (v - lo) / (hi - lo) * 544 across and
 * 340 - (v - lo) / (hi - lo) * 288 down; horizontal bar charts start at x 180 (width 436).
 */
class ChartsTest {

  private static final double[] ZERO_ONE = {0, 1};

  @Test
  void lineChart_matchesGoldenFile() throws IOException {
    String svg = LineChart.of("ROC <test>", "False positive rate", "True positive rate",
        List.of(Series.of("Model & \"co\"", new double[] {0, 0.25, 1}, new double[] {0, 0.75, 1})), true).toSvg();
    assertThat(svg).isEqualTo(golden("ChartsTest.lineChart.svg"));
  }

  @Test
  void lineChart_pointsMappedToPixels() {
    // (0.25, 0.75) -> x 72 + 0.25 * 544 = 208, y 340 - 0.75 * 288 = 124.
    String svg = LineChart.of("ROC", "x", "y",
        List.of(Series.of("m", new double[] {0, 0.25, 1}, new double[] {0, 0.75, 1})), true).toSvg();
    assertThat(svg)
        .contains("<polyline points=\"72,340 208,124 616,52\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\"")
        .contains("<line x1=\"72\" y1=\"340\" x2=\"616\" y2=\"52\" stroke=\"#9aa5b1\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>")
        .contains(">0.0</text>").contains(">0.2</text>").contains(">1.0</text>");
  }

  @Test
  void lineChart_sameDataSameBytes() {
    Series series = Series.of("m", new double[] {0, 0.3, 1}, new double[] {0, 0.6, 1});
    assertThat(LineChart.of("t", "x", "y", List.of(series), true).toSvg())
        .isEqualTo(LineChart.of("t", "x", "y", List.of(Series.of("m", series.x(), series.y())), true).toSvg());
  }

  @Test
  void series_notFinite() {
    assertThatThrownBy(() -> Series.of("m", new double[] {0, Double.NaN}, ZERO_ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x[1] must be finite, found NaN");
  }

  @Test
  void ksChart_marksLargestGap() {
    // gaps |bads - goods| = 0, 0.5, 0.375, 0 -> KS 0.5 at score 550. Axis 500..650 (step 50):
    // x(550) = 72 + 50/150 * 544 = 253.33; y(0.75) = 340 - 216 = 124; y(0.25) = 340 - 72 = 268.
    KsChart chart = KsChart.of("KS", "Score", new double[] {500, 550, 600, 650},
        new double[] {0, 0.25, 0.5, 1}, new double[] {0, 0.75, 0.875, 1});
    assertThat(chart.statistic()).isEqualTo(0.5);
    assertThat(chart.scoreAtMaximum()).isEqualTo(550);
    assertThat(chart.toSvg())
        .contains("<line x1=\"253.33\" y1=\"124\" x2=\"253.33\" y2=\"268\" stroke=\"#1f2933\" stroke-width=\"2\"/>")
        .contains(">KS 0.5 at 550</text>");
  }

  @Test
  void ksChart_infiniteScore() {
    assertThatThrownBy(() -> KsChart.of("KS", "Score", new double[] {1, Double.POSITIVE_INFINITY}, ZERO_ONE, ZERO_ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[1] must be finite, found Infinity");
  }

  @Test
  void ksChart_notCumulative() {
    assertThatThrownBy(() -> KsChart.of("KS", "Score", new double[] {1, 2}, new double[] {0.5, 0.4}, ZERO_ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goodsCumulative must be non-decreasing but falls at index 1");
  }

  @Test
  void distributionChart_stepArea() {
    // y axis 0..3 (3/5 = 0.6 -> step 1): y(1) = 340 - 96 = 244, y(3) = 52; x(1) = 72 + 272 = 344.
    String svg = DistributionChart.of("Scores", "Score", "Count", new double[] {0, 1, 2},
        new double[] {1, 3}, new double[] {2, 1}).toSvg();
    assertThat(svg).contains("<path d=\"M72 340 L72 244 L344 244 L344 52 L616 52 L616 340 Z\" fill=\"#0072B2\"");
  }

  @Test
  void distributionChart_wrongBinCount() {
    assertThatThrownBy(() -> DistributionChart.of("t", "x", "y", new double[] {0, 1, 2}, new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goods must have one value per bin (2 bins), found 1");
  }

  @Test
  void calibrationChart_pointsOnSharedScale() {
    // both axes 0..0.3 (0.3/5 = 0.06 -> step 0.1): x(0.1) = 72 + 544/3 = 253.33, y(0.15) = 340 - 144 = 196.
    String svg = CalibrationChart.of("Cal", List.of("A", "B"), new double[] {0.1, 0.3}, new double[] {0.15, 0.25})
        .toSvg();
    assertThat(svg).contains("<circle cx=\"253.33\" cy=\"196\" r=\"5\" fill=\"#0072B2\"")
        .contains("<title>A: predicted 0.1, observed 0.15</title>");
  }

  @Test
  void calibrationChart_nan() {
    assertThatThrownBy(() -> CalibrationChart.of("Cal", List.of("A"), new double[] {0.1}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observed[0] must be finite, found NaN");
  }

  @Test
  void stabilityChart_coloursByBand() {
    assertThat(StabilityChart.bandColour(0.0999)).isEqualTo("#009E73");
    assertThat(StabilityChart.bandColour(0.10)).isEqualTo("#E69F00");
    assertThat(StabilityChart.bandColour(0.2499)).isEqualTo("#E69F00");
    assertThat(StabilityChart.bandColour(0.25)).isEqualTo("#D55E00");
  }

  @Test
  void stabilityChart_thresholdLines() {
    // axis 0..0.3 (the chart always reaches past 0.25); the label column is its minimum, 100 px:
    // x(0.1) = 100 + 516/3 = 272, x(0.25) = 100 + 516 * 0.25/0.3 = 530.
    String svg = StabilityChart.of("PSI", List.of("Score"), List.of("Q1"), new double[][] {{0.3}}).toSvg();
    assertThat(svg)
        .contains("<line x1=\"272\" y1=\"48\" x2=\"272\" y2=\"340\" stroke=\"#1f2933\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>")
        .contains("<line x1=\"530\" y1=\"48\"")
        .contains("fill=\"#D55E00\"><title>Score, Q1: 0.300</title></rect>");
  }

  @Test
  void stabilityChart_infinite() {
    assertThatThrownBy(() -> StabilityChart.of("PSI", List.of("Score"), List.of("Q1"),
            new double[][] {{Double.NEGATIVE_INFINITY}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0][0] must be finite, found -Infinity");
  }

  @Test
  void barChart_negativeBarLeftOfZero() {
    // axis -1..1 (2/5 = 0.4 -> step 0.5); short labels, so the label column is its minimum 100 px:
    // x(0) = 100 + 516/2 = 358; row height 288/2 = 144,
    // bar height 0.62 * 144 = 89.28, top 52 + (144 - 89.28)/2 = 79.36.
    String svg = BarChart.of("IV", "Value", List.of("up", "down"), new double[] {1, -1}, 1).toSvg();
    assertThat(svg)
        .contains("<rect x=\"358\" y=\"79.36\" width=\"258\" height=\"89.28\" fill=\"#0072B2\"><title>up: 1.0</title>")
        .contains("<rect x=\"100\" y=\"223.36\" width=\"258\" height=\"89.28\" fill=\"#0072B2\"><title>down: -1.0</title>");
  }

  @Test
  void barChart_nan() {
    assertThatThrownBy(() -> BarChart.of("IV", "Value", List.of("a"), new double[] {Double.NaN}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0] must be finite, found NaN");
  }

  @Test
  void everyChart_hasFixedSizeAndEscapedTitle() {
    String hostile = "<script>alert(1)</script>";
    List<Chart> charts = List.of(
        LineChart.of(hostile, "x", "y", List.of(Series.of(hostile, ZERO_ONE, ZERO_ONE)), false),
        KsChart.of(hostile, "s", ZERO_ONE, ZERO_ONE, ZERO_ONE),
        DistributionChart.of(hostile, "x", "y", ZERO_ONE, new double[] {1}, new double[] {1}),
        CalibrationChart.of(hostile, List.of(hostile), new double[] {0.1}, new double[] {0.1}),
        StabilityChart.of(hostile, List.of(hostile), List.of(hostile), new double[][] {{0.1}}),
        BarChart.of(hostile, "x", List.of(hostile), new double[] {1}, 0));
    for (Chart chart : charts) {
      assertThat(chart.toSvg())
          .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"400\" viewBox=\"0 0 640 400\" role=\"img\"")
          .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>")
          .doesNotContain("<script")
          .endsWith("</svg>\n");
    }
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ChartsTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
