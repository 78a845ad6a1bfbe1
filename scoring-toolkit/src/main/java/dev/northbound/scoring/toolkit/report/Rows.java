package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * The layout of a horizontal bar chart: one row per category down the left, a numeric x axis along
 * the bottom. Category labels are shortened to fit; the full label stays in each bar's tooltip.
 */
final class Rows {

  static final double LEFT = 180;
  static final int LABEL_CHARACTERS = 25;

  private final List<String> categories;
  private final Frame frame;

  Rows(List<String> categories, double min, double max) {
    this.categories = categories;
    this.frame = new Frame(LEFT, NiceScale.ticks(min, max), new double[] {0, 1});
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
    double size = rowHeight() < 14 ? 9 : 12;
    for (int i = 0; i < categories.size(); i++) {
      svg.text(LEFT - 8, rowTop(i) + rowHeight() / 2 + size / 3, "end",
          Text.shorten(categories.get(i), LABEL_CHARACTERS), "font-size=\"" + SvgWriter.n(size) + "\"");
    }
    svg.line(LEFT, Frame.TOP, LEFT, Frame.BOTTOM, Palette.AXIS, 1, "");
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
    double width = Legend.approximateWidth(valueLabel) * 11 / 13 + 4;
    boolean outside = positive ? end + width <= SvgWriter.WIDTH - 4 : end - width >= 4;
    boolean right = positive == outside;
    svg.text(right ? end + 4 : end - 4, y + slotHeight / 2 + 4, right ? "start" : "end", valueLabel,
        "font-size=\"11\" " + (outside ? "fill=\"" + Palette.MUTED + "\" " + SvgWriter.HALO : "fill=\"#ffffff\""));
  }
}
