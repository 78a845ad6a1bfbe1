package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * The layout of a horizontal bar chart: one row per category down the left, a numeric x axis along
 * the bottom. The label column is as wide as the longest label needs ({@link Text#width}), from
 * {@link #MIN_LEFT} up to half the chart; a longer label wraps onto two lines where the row is tall
 * enough and is shortened with an ellipsis only beyond that. The full label stays in each bar's
 * tooltip.
 */
final class Rows {

  static final double MIN_LEFT = 100;
  static final double MAX_LEFT = SvgWriter.WIDTH / 2.0;
  private static final double PAD = 16;

  private final List<String> categories;
  private final Frame frame;
  private final double left;

  Rows(List<String> categories, double min, double max) {
    this.categories = categories;
    double widest = 0;
    for (String c : categories) {
      widest = Math.max(widest, Text.width(c, fontSize()));
    }
    this.left = Math.max(MIN_LEFT, Math.min(MAX_LEFT, Math.ceil(widest + PAD)));
    this.frame = new Frame(left, NiceScale.ticks(min, max), new double[] {0, 1});
  }

  private double fontSize() {
    return rowHeight() < 14 ? 9 : 12;
  }

  Frame frame() {
    return frame;
  }

  double rowHeight() {
    return (Frame.BOTTOM - Frame.TOP) / categories.size();
  }

  double rowTop(int row) {
    return Frame.TOP + row * rowHeight();
  }

  /** Draws the x axis with vertical grid lines and the category labels. */
  void draw(SvgWriter svg, String xLabel) {
    frame.drawXAxis(svg, xLabel, true);
    double size = fontSize();
    double room = left - PAD;
    for (int i = 0; i < categories.size(); i++) {
      label(svg, left - 8, rowTop(i) + rowHeight() / 2 + size / 3, categories.get(i), size, room,
          rowHeight());
    }
    svg.line(left, Frame.TOP, left, Frame.BOTTOM, Palette.AXIS, 1, "");
  }

  /**
   * Draws a row label right-aligned at {@code x}: on one line when it fits {@code room}, else on
   * two lines split at a space when the row is tall enough, else shortened with an ellipsis.
   */
  static void label(SvgWriter svg, double x, double baseline, String label, double size,
      double room, double rowHeight) {
    String style = "font-size=\"" + SvgWriter.n(size) + "\"";
    List<String> lines = Text.wrap(label, size, room);
    if (Text.width(label, size) <= room || lines.size() != 2 || rowHeight < 2 * size + 4) {
      svg.text(x, baseline, "end", Text.fit(label, size, room), style);
    } else {
      double step = size + 1;
      svg.text(x, baseline - step / 2, "end", Text.fit(lines.get(0), size, room), style);
      svg.text(x, baseline + step / 2, "end", Text.fit(lines.get(1), size, room), style);
    }
  }

  /** Draws one bar from zero to {@code value} in the given slot of a row, with its value label. */
  void bar(SvgWriter svg, int row, double slotTop, double slotHeight, double value, String colour,
      String valueLabel, String tooltip) {
    double zero = frame.x(0);
    double end = frame.x(value);
    double y = rowTop(row) + slotTop;
    svg.rect(Math.min(zero, end), y, Math.abs(end - zero), slotHeight, colour, tooltip);
    if (slotHeight < 8) {
      return;
    }
    boolean positive = value >= 0;
    double width = Text.width(valueLabel, 11) + 4;
    boolean outside = positive ? end + width <= SvgWriter.WIDTH - 4 : end - width >= 4;
    boolean right = positive == outside;
    svg.text(right ? end + 4 : end - 4, y + slotHeight / 2 + 4, right ? "start" : "end", valueLabel,
        "font-size=\"11\" " + (outside ? "fill=\"" + Palette.MUTED + "\" " + SvgWriter.HALO : "fill=\"#ffffff\""));
  }
}
