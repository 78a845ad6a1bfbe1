package dev.northbound.scoring.toolkit.report;

import java.util.List;
import java.util.Objects;

/**
 * Several series as lines over numeric axes, for ROC and CAP curves. With a diagonal, both axes
 * share one scale and a dashed 45-degree reference line (a random model) is drawn from corner to
 * corner.
 */
public final class LineChart implements Chart {

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series;
  private final boolean diagonal;

  private LineChart(String title, String xLabel, String yLabel, List<Series> series, boolean diagonal) {
    this.title = ChartChecks.text(title, "title");
    this.xLabel = ChartChecks.text(xLabel, "xLabel");
    this.yLabel = ChartChecks.text(yLabel, "yLabel");
    this.series = List.copyOf(Objects.requireNonNull(series, "series"));
    if (this.series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty");
    }
    this.diagonal = diagonal;
  }

  /**
   * Creates a line chart.
   *
   * @param title the title
   * @param xLabel the x axis title, for example "False positive rate"
   * @param yLabel the y axis title, for example "True positive rate"
   * @param series one or more series (coordinates already checked finite by {@link Series})
   * @param diagonal whether to draw the 45-degree reference line on a shared scale
   * @throws IllegalArgumentException if a text is blank or there is no series
   */
  public static LineChart of(
      String title, String xLabel, String yLabel, List<Series> series, boolean diagonal) {
    return new LineChart(title, xLabel, yLabel, series, diagonal);
  }

  @Override
  public String title() {
    return title;
  }

  /** The series, in drawing order. */
  public List<Series> series() {
    return series;
  }

  @Override
  public String toSvg() {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.x()) {
        xMin = Math.min(xMin, v);
        xMax = Math.max(xMax, v);
      }
      for (double v : s.y()) {
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, v);
      }
    }
    Frame frame = diagonal
        ? shared(Math.min(xMin, yMin), Math.max(xMax, yMax))
        : Frame.covering(xMin, xMax, yMin, yMax);
    SvgWriter svg = new SvgWriter(title, description());
    frame.draw(svg, xLabel, yLabel);
    Legend legend = new Legend();
    if (diagonal) {
      svg.line(frame.x(frame.xMin()), frame.y(frame.yMin()), frame.x(frame.xMax()), frame.y(frame.yMax()),
          Palette.REFERENCE, 1.5, "5 4");
    }
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      svg.polyline(map(s.x(), frame, true), map(s.y(), frame, false), Palette.series(i), 2.5, Palette.dash(i));
      legend.line(s.name(), Palette.series(i), Palette.dash(i));
    }
    if (diagonal) {
      legend.line("Random", Palette.REFERENCE, "5 4");
    }
    legend.draw(svg, frame.left());
    return svg.finish();
  }

  private static Frame shared(double min, double max) {
    double[] ticks = NiceScale.ticks(min, max);
    return new Frame(Frame.LEFT, ticks, ticks);
  }

  static double[] map(double[] values, Frame frame, boolean horizontal) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = horizontal ? frame.x(values[i]) : frame.y(values[i]);
    }
    return out;
  }

  private String description() {
    StringBuilder out = new StringBuilder("Line chart of ").append(yLabel).append(" against ").append(xLabel);
    out.append(" with ").append(series.size()).append(" series");
    if (diagonal) {
      out.append(" and a diagonal reference line");
    }
    return out.append('.').toString();
  }
}
