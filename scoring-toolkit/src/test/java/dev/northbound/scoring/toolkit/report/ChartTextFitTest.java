package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Legends and labels fit their charts, whole where there is room, also in Chinese. */
class ChartTextFitTest {

  private static final double[] X = {0, 0.5, 1};

  @Test
  void lineChart_longLegend_wrapsInsideTheChart() {
    // The demo's ROC legend: four long entries used to run past the right edge at 640 px.
    String svg = LineChart.of("ROC", "False positive rate", "True positive rate", List.of(
        Series.of("Scorecard with alternative data (AUC 0.8123)", X, X),
        Series.of("Bureau data only (AUC 0.7012)", X, X),
        Series.of("Logistic regression challenger (AUC 0.7950)", X, X)), true).toSvg();
    assertThat(SvgTextFit.problems(svg)).isEmpty();
    assertThat(svg).contains(">Scorecard with alternative data (AUC 0.8123)</text>",
        ">Bureau data only (AUC 0.7012)</text>",
        ">Logistic regression challenger (AUC 0.7950)</text>", ">Random</text>");
    assertThat(svg).contains("y=\"42\"");
  }

  @Test
  void lineChart_legendTooLongForTwoLines_shortenedInsideTheChart() {
    String svg = LineChart.of("ROC", "False positive rate", "True positive rate", List.of(
        Series.of("Scorecard, bureau and alternative data (AUC 0.8123)", X, X),
        Series.of("Bureau data only, thin-file applicants excluded (AUC 0.7012)", X, X),
        Series.of("Logistic regression challenger (AUC 0.7950)", X, X)), true).toSvg();
    assertThat(SvgTextFit.problems(svg)).isEmpty();
    assertThat(svg).contains("\u2026</text>").doesNotContain("y=\"60\"");
  }

  @Test
  void barChart_longLabels_shownWhole() {
    String label = "Months since the most recent delinquency";
    String svg = BarChart.of("IV", "Information value", List.of(label, "age", "收入证明类型（月薪）"),
        new double[] {0.31, 0.12, 0.05}, 3).toSvg();
    assertThat(SvgTextFit.problems(svg)).isEmpty();
    // wider than half the chart at 12 px, so it wraps onto two lines rather than being cut.
    assertThat(svg).contains(">Months since the most recent</text>", ">delinquency</text>",
        ">收入证明类型（月薪）</text>").doesNotContain("\u2026");
  }

  @Test
  void binChart_cjkAndLongGroups_fit() {
    String svg = BinChart.of("Bins", List.of("< 12", "[12, 24)", ">= 24", "{无银行账户, 学生}",
            "{furniture/equipment, domestic appliance, repairs, vacation, retraining, other}",
            "missing"), new double[] {0.1, 0.25, 0.5, 0.31, 0.3, 0}, new double[] {1.2, 0.3, -0.8, -0.1, 0, 0})
        .toSvg();
    assertThat(SvgTextFit.problems(svg)).isEmpty();
    assertThat(svg).contains(">{无银行账户, 学生}</text>", ">&lt; 12</text>", ">50.0%</text>");
  }

  @Test
  void calibrationChart_pointsCloseTogether_labelsNeverOverlap() {
    // The demo's decile calibration: D6 to D10 lie within 0.03 of each other near the origin.
    List<String> deciles = List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10");
    double[] predicted = {0.353, 0.160, 0.124, 0.098, 0.075, 0.052, 0.038, 0.028, 0.019, 0.011};
    double[] observed = {0.361, 0.162, 0.118, 0.088, 0.066, 0.055, 0.036, 0.030, 0.022, 0.012};
    String svg = CalibrationChart.of("Calibration", deciles, predicted, observed).toSvg();
    assertThat(SvgTextFit.problems(svg)).isEmpty();
    // The points far apart keep their labels; every point keeps its tooltip.
    assertThat(svg).contains(">D1</text>").contains(">D2</text>").contains(">D3</text>");
    assertThat(svg.split("<circle", -1).length - 1).isEqualTo(10);
  }

  @Test
  void width_cjkIsOneEm_latinAtLeastSixTenths() {
    assertThat(Text.width("收入", 10)).isEqualTo(20.0);
    assertThat(Text.width("ab", 10)).isEqualTo(12.8);
    assertThat(Text.width("AW", 10)).isEqualTo(17.8);
  }

  @Test
  void svgTextFit_detectsAnOverflow() {
    String svg = "<svg><text x=\"630\" y=\"20\" text-anchor=\"start\">too long</text></svg>";
    assertThat(SvgTextFit.problems(svg)).containsExactly("chart 1: \"too long\" spans 630 to 697");
  }
}
