package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PointsChart} and {@link HeatMapChart}: colours, layout inside the chart, validation. */
class ShapeChartsTest {

  @Test
  void pointsChart_barsColouredBySignFromAMarkedZeroLine() {
    String svg = PointsChart.of("Points by bin: months", List.of("< 12", "[12, 24)", "missing"),
        new double[] {-20, 10, 30}, List.of("", "", ""), 2).toSvg();

    assertThat(svg).contains("<title>&lt; 12: -20.00</title>", "<title>[12, 24): 10.00</title>")
        .contains(">-20.00</text>", ">30.00</text>", ">Positive points</text>", ">Negative points</text>");
    assertThat(count(svg, "fill=\"#D55E00\"><title>")).isEqualTo(1);
    assertThat(count(svg, "fill=\"#0072B2\"><title>")).isEqualTo(2);
    // The zero line, drawn in the text colour 1.5 px wide from just above the plot to its bottom.
    assertThat(svg).containsPattern("<line x1=\"([0-9.]+)\" y1=\"48\" x2=\"\\1\" y2=\"340\" stroke=\"#1f2933\" "
        + "stroke-width=\"1.5\"/>");
    assertThat(SvgTextFit.problems(svg)).isEmpty();
  }

  @Test
  void pointsChart_longLabelsAndNotesOnBothSides_fitWithoutOverlap() {
    List<String> bins = List.of("no revolving account at any lender (= -1)", "自有住房 (owns the home outright)",
        "[0.5, 0.8)", "missing");
    String svg = PointsChart.of("Points", bins, new double[] {-31.25, 38.5, -4, 0},
        List.of("12.5% of rows", "80.0% of rows", "5.0% of rows", "2.5% of rows"), 2).toSvg();

    assertThat(SvgTextFit.problems(svg)).isEmpty();
    // Half the plot is too narrow for the notes beside the long bars: those show the value alone,
    // the short bar keeps its note, and every tooltip keeps both.
    assertThat(svg).contains(">-31.25</text>", ">38.50</text>", ">0.00 · 2.5% of rows</text>")
        .contains("<title>no revolving account at any lender (= -1): -31.25 · 12.5% of rows</title>");
  }

  @Test
  void pointsChart_allPositive_noNegativeLegend() {
    String svg = PointsChart.of("Points", List.of("a", "b"), new double[] {5, 7}, List.of("", ""), 0).toSvg();

    assertThat(svg).contains(">Positive points</text>").doesNotContain("Negative points");
  }

  @Test
  void heatMap_colour_zeroCentredWhenBothSigns() {
    assertThat(HeatMapChart.colour(-10, -10, 5)).containsExactly(0xD5, 0x5E, 0x00);
    assertThat(HeatMapChart.colour(0, -10, 5)).containsExactly(0xF2, 0xF2, 0xF2);
    // 5 of a reach of 10 is halfway from grey to blue.
    assertThat(HeatMapChart.colour(5, -10, 5)).containsExactly(121, 178, 210);
    assertThat(HeatMapChart.colour(10, -10, 10)).containsExactly(0x00, 0x72, 0xB2);
  }

  @Test
  void heatMap_colour_rangeWhenOneSign() {
    assertThat(HeatMapChart.colour(1, 1, 5)).containsExactly(0xD5, 0x5E, 0x00);
    assertThat(HeatMapChart.colour(3, 1, 5)).containsExactly(0xF2, 0xF2, 0xF2);
    assertThat(HeatMapChart.colour(5, 1, 5)).containsExactly(0x00, 0x72, 0xB2);
    assertThat(HeatMapChart.colour(4, 4, 4)).containsExactly(0xF2, 0xF2, 0xF2);
  }

  @Test
  void heatMap_cellsShowValueAndNote_tooltipNamesBoth() {
    String svg = HeatMapChart.of("Points by cell", "months", "util", List.of("< 12", "missing"),
        List.of("< 0.5", ">= 0.5"), new double[][] {{-4, 2.25}, {0, 8}},
        List.of(List.of("3 rows", "1 row"), List.of("0 rows", "12 rows")), 1).toSvg();

    assertThat(svg).contains(">-4.0</text>", ">2.3</text>", ">3 rows</text>", ">12 rows</text>")
        .contains("<title>&lt; 12 × &gt;= 0.5: 2.3 (1 row)</title>")
        .contains(">months</text>", ">util</text>", ">Colour: -4.0</text>", ">8.0</text>", ">0</text>");
    assertThat(SvgTextFit.problems(svg)).isEmpty();
  }

  @Test
  void heatMap_manyColumnsWithLongLabels_shortenedInsideTheChart() {
    List<String> columns = List.of("no inquiries in the last year", "one or two inquiries", "三次或以上查询",
        "[3, 6)", "[6, 12)", "[12, 24)", ">= 24", "missing");
    List<String> rows = List.of("months on book below twelve", "[12, 36)", "missing");
    double[][] values = new double[3][8];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 8; j++) {
        values[i][j] = 10.5 * i - 3.25 * j;
      }
    }
    List<List<String>> notes = Collections.nCopies(3, Collections.nCopies(8, "1,234 rows"));
    String svg = HeatMapChart.of("Points", "months_on_book", "recent_inquiries", rows, columns, values, notes, 1)
        .toSvg();

    assertThat(SvgTextFit.problems(svg)).isEmpty();
    assertThat(svg).contains("\u2026</text>").contains("<title>months on book below twelve × "
        + "no inquiries in the last year: 0.0 (1,234 rows)</title>");
  }

  @Test
  void heatMap_ragged_rejected() {
    assertThatThrownBy(() -> HeatMapChart.of("t", "r", "c", List.of("a", "b"), List.of("x", "y"),
        new double[][] {{1, 2}, {3}}, List.of(List.of("", ""), List.of("", "")), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] must have 2 values, found 1");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
