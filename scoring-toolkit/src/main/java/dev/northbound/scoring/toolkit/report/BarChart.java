package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * A simple horizontal bar chart, one bar per labelled category, for example the information value
 * of each characteristic or the bad rate of each grade. Negative values extend left of zero.
 */
public final class BarChart implements Chart {

  private final String title;
  private final String xLabel;
  private final List<String> labels;
  private final double[] values;
  private final int decimals;

  private BarChart(String title, String xLabel, List<String> labels, double[] values, int decimals) {
    this.title = ChartChecks.text(title, "title");
    this.xLabel = ChartChecks.text(xLabel, "xLabel");
    this.values = ChartChecks.finite(values, "values", 1);
    this.labels = ChartChecks.labels(labels, "labels", this.values.length);
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
    }
    this.decimals = decimals;
  }

  /**
   * Creates a bar chart.
   *
   * @param title the title
   * @param xLabel the value axis title, for example "Information value"
   * @param labels the category labels, one per value, drawn top to bottom
   * @param values the bar values
   * @param decimals decimals in the value labels at the bar ends, 0 to 6
   * @throws IllegalArgumentException if a text is blank, the sizes do not match, a value is not
   *     finite or {@code decimals} is out of range
   */
  public static BarChart of(String title, String xLabel, List<String> labels, double[] values, int decimals) {
    return new BarChart(title, xLabel, labels, values, decimals);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double min = 0;
    double max = 0;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    Rows rows = new Rows(labels, min, max);
    SvgWriter svg = new SvgWriter(title, "Bar chart of " + xLabel + " for " + values.length + " categories.");
    rows.draw(svg, xLabel);
    double height = rows.rowHeight() * 0.62;
    for (int i = 0; i < values.length; i++) {
      String value = Text.fixed(values[i], decimals);
      rows.bar(svg, i, (rows.rowHeight() - height) / 2, height, values[i], Palette.BLUE, value,
          labels.get(i) + ": " + value);
    }
    return svg.finish();
  }
}
