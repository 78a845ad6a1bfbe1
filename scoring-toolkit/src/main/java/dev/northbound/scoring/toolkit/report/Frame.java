package dev.northbound.scoring.toolkit.report;

/**
 * The plotting area of a chart with two numeric axes: maps data to pixels and draws the grid,
 * ticks, tick labels and axis titles. The legend sits above the plot, the axis titles outside it.
 */
final class Frame {

  static final double LEFT = 72;
  static final double RIGHT = SvgWriter.WIDTH - 24;
  static final double TOP = 52;
  static final double BOTTOM = SvgWriter.HEIGHT - 60;

  private final double left;
  private final double[] xTicks;
  private final double[] yTicks;

  Frame(double left, double[] xTicks, double[] yTicks) {
    this.left = left;
    this.xTicks = xTicks;
    this.yTicks = yTicks;
  }

  /** A frame whose ticks cover the given data ranges. */
  static Frame covering(double xMin, double xMax, double yMin, double yMax) {
    return new Frame(LEFT, NiceScale.ticks(xMin, xMax), NiceScale.ticks(yMin, yMax));
  }

  double x(double value) {
    return left + (value - xTicks[0]) / (xTicks[xTicks.length - 1] - xTicks[0]) * (RIGHT - left);
  }

  double y(double value) {
    return BOTTOM - (value - yTicks[0]) / (yTicks[yTicks.length - 1] - yTicks[0]) * (BOTTOM - TOP);
  }

  double xMin() {
    return xTicks[0];
  }

  double xMax() {
    return xTicks[xTicks.length - 1];
  }

  double yMin() {
    return yTicks[0];
  }

  double yMax() {
    return yTicks[yTicks.length - 1];
  }

  double left() {
    return left;
  }

  /** Draws grid, axes, tick labels and both axis titles ({@code yLabel} may be empty: none). */
  void draw(SvgWriter svg, String xLabel, String yLabel) {
    int yDecimals = NiceScale.decimals(yTicks);
    for (double tick : yTicks) {
      double py = y(tick);
      svg.line(left, py, RIGHT, py, Palette.GRID, 1, "");
      svg.text(left - 8, py + 4, "end", Text.fixed(tick, yDecimals), "fill=\"" + Palette.MUTED + "\"");
    }
    drawXAxis(svg, xLabel, true);
    svg.line(left, BOTTOM, left, TOP, Palette.AXIS, 1, "");
    if (!yLabel.isEmpty()) {
      svg.verticalText(18, (TOP + BOTTOM) / 2, yLabel, "font-size=\"14\"");
    }
  }

  /** Draws the x axis with tick labels and its title; {@code grid} adds vertical grid lines. */
  void drawXAxis(SvgWriter svg, String xLabel, boolean grid) {
    int xDecimals = NiceScale.decimals(xTicks);
    for (double tick : xTicks) {
      double px = x(tick);
      if (grid) {
        svg.line(px, TOP, px, BOTTOM, Palette.GRID, 1, "");
      }
      svg.line(px, BOTTOM, px, BOTTOM + 5, Palette.AXIS, 1, "");
      svg.text(px, BOTTOM + 19, "middle", Text.fixed(tick, xDecimals), "fill=\"" + Palette.MUTED + "\"");
    }
    svg.line(left, BOTTOM, RIGHT, BOTTOM, Palette.AXIS, 1, "");
    svg.text((left + RIGHT) / 2, SvgWriter.HEIGHT - 16, "middle", xLabel, "font-size=\"14\"");
  }
}
