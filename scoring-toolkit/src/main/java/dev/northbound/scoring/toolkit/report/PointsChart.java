package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * The points of each bin of one scorecard characteristic, one horizontal bar per bin from a marked
 * zero line, top to bottom in the order given (the shape of the characteristic). Bars of positive
 * points are blue, of negative points vermillion, so the sign never rests on position alone; each
 * bar carries its value and, when given, a note such as the bin's share of rows. Labels are laid
 * out as in {@link BarChart}: measured, wrapped onto two lines when the row is tall enough,
 * shortened with an ellipsis beyond that, and shown whole in the bar's tooltip.
 */
public final class PointsChart implements Chart {

  private final String title;
  private final List<String> bins;
  private final double[] points;
  private final List<String> notes;
  private final int decimals;

  private PointsChart(String title, List<String> bins, double[] points, List<String> notes, int decimals) {
    this.title = ChartChecks.text(title, "title");
    this.points = ChartChecks.finite(points, "points", 1);
    this.bins = ChartChecks.labels(bins, "bins", this.points.length);
    this.notes = ChartChecks.labels(notes, "notes", this.points.length);
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
    }
    this.decimals = decimals;
  }

  /**
   * Creates a points chart.
   *
   * @param title the title
   * @param bins the bin labels, top to bottom, for example {@code "[12, 24)"} or {@code "missing"}
   * @param points the points of each bin
   * @param notes a short note after each bar's value, for example {@code "12.5% of rows"}
   *     ({@code ""} for none)
   * @param decimals decimals of the points shown at the bar ends, 0 to 6
   * @throws IllegalArgumentException if the title is blank, the sizes differ or are zero, a value
   *     is not finite or {@code decimals} is out of range
   */
  public static PointsChart of(String title, List<String> bins, double[] points, List<String> notes,
      int decimals) {
    return new PointsChart(title, bins, points, notes, decimals);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double min = 0;
    double max = 0;
    for (double p : points) {
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    // Room beyond the longest bar on each side for its value label, so that a label never runs
    // into the bin labels or past the edge: pad / (span + pad) of the plot, or pad / (span + 2 pad)
    // with bars on both sides, is the widest label.
    double span = max - min == 0 ? 1 : max - min;
    double widest = 0;
    for (int i = 0; i < points.length; i++) {
      widest = Math.max(widest, Text.width(text(i), 11) + 8);
    }
    double plot = Frame.RIGHT - new Rows(bins, min, max).frame().left();
    int sides = (min < 0 ? 1 : 0) + (max > 0 ? 1 : 0);
    double room = plot - Math.max(1, sides) * widest;
    // Bars keep at least half the plot: a label that still does not fit drops its note or goes inside.
    double pad = room <= 0 ? span / 2 : Math.min(span / 2, span * widest / room);
    Rows rows = new Rows(bins, min < 0 ? min - pad : 0, max > 0 ? max + pad : 0);
    SvgWriter svg = new SvgWriter(title, "Points of " + points.length + " bins, from a zero line.");
    rows.draw(svg, "Points");
    Frame frame = rows.frame();
    double zero = frame.x(0);
    double height = rows.rowHeight() * 0.62;
    for (int i = 0; i < points.length; i++) {
      String colour = points[i] < 0 ? Palette.VERMILLION : Palette.BLUE;
      double top = rows.rowTop(i) + (rows.rowHeight() - height) / 2;
      double end = frame.x(points[i]);
      svg.rect(Math.min(zero, end), top, Math.max(Math.abs(end - zero), 0.5), height, colour,
          bins.get(i) + ": " + text(i));
      if (height >= 8) {
        label(svg, frame.left(), zero, end, top + height / 2 + 4, points[i] < 0, i);
      }
    }
    svg.line(zero, Frame.TOP - 4, zero, Frame.BOTTOM, Palette.TEXT, 1.5, "");
    Legend legend = new Legend();
    if (max > 0) {
      legend.box("Positive points", Palette.BLUE);
    }
    if (min < 0) {
      legend.box("Negative points", Palette.VERMILLION);
    }
    legend.draw(svg, frame.left());
    return svg.finish();
  }

  /**
   * The value label of bar {@code i}: outside the bar end where it fits between the bin labels and
   * the chart's edge, else inside the bar in white, first with its note, then the value alone; left
   * out (the tooltip still has it) when neither fits.
   */
  private void label(SvgWriter svg, double left, double zero, double end, double baseline,
      boolean negative, int i) {
    for (String text : List.of(text(i), Text.fixed(points[i], decimals))) {
      double width = Text.width(text, 11);
      String outside = "font-size=\"11\" fill=\"" + Palette.MUTED + "\" " + SvgWriter.HALO;
      String inside = "font-size=\"11\" fill=\"#ffffff\"";
      if (!negative && end + 4 + width <= SvgWriter.WIDTH - 4) {
        svg.text(end + 4, baseline, "start", text, outside);
        return;
      }
      if (negative && end - 4 - width >= left + 4) {
        svg.text(end - 4, baseline, "end", text, outside);
        return;
      }
      if (Math.abs(end - zero) >= width + 8) {
        svg.text(negative ? end + 4 : end - 4, baseline, negative ? "start" : "end", text, inside);
        return;
      }
    }
  }

  private String text(int i) {
    String value = Text.fixed(points[i], decimals);
    return notes.get(i).isEmpty() ? value : value + " \u00b7 " + notes.get(i);
  }
}
