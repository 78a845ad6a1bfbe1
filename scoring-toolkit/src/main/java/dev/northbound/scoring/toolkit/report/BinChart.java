package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * The profile of one characteristic's bins: one row per bin, its bad rate as a bar in the left
 * panel and its Weight of Evidence as a bar from zero in the right panel, so a reader sees at once
 * whether the bad rate moves the way the WoE says. Labels are measured with {@link Text#width} and
 * the label column widened to fit, up to a third of the chart; a longer label wraps onto two
 * lines where the row is tall enough and is shortened with an ellipsis beyond that (the full label
 * is each bar's tooltip).
 */
public final class BinChart implements Chart {

  private static final double TOP = 52;
  private static final double BOTTOM = SvgWriter.HEIGHT - 60;
  private static final double GUTTER = 48;

  private final String title;
  private final List<String> bins;
  private final double[] badRates;
  private final double[] woe;

  private BinChart(String title, List<String> bins, double[] badRates, double[] woe) {
    this.title = ChartChecks.text(title, "title");
    this.badRates = ChartChecks.finite(badRates, "badRates", 1);
    ChartChecks.unitInterval(this.badRates, "badRates");
    this.woe = ChartChecks.finite(woe, "woe", 1);
    ChartChecks.sameLength(this.badRates, "badRates", this.woe, "woe");
    this.bins = ChartChecks.labels(bins, "bins", this.badRates.length);
  }

  /**
   * Creates a bin profile chart.
   *
   * @param title the title
   * @param bins the bin labels, top to bottom, for example {@code "[12, 24)"}
   * @param badRates the bad rate of each bin, in [0, 1] (0 for an empty bin)
   * @param woe the Weight of Evidence of each bin
   * @throws IllegalArgumentException if the title is blank, the sizes differ or are zero, or a
   *     value is not finite or a bad rate lies outside [0, 1]
   */
  public static BinChart of(String title, List<String> bins, double[] badRates, double[] woe) {
    return new BinChart(title, bins, badRates, woe);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double rowHeight = (BOTTOM - TOP) / bins.size();
    double size = rowHeight < 14 ? 9 : 12;
    double widest = 0;
    for (String b : bins) {
      widest = Math.max(widest, Text.width(b, size));
    }
    double left = Math.max(80, Math.min(SvgWriter.WIDTH / 3.0, Math.ceil(widest + 16)));
    double mid = left + (SvgWriter.WIDTH - 24 - left) / 2;
    Panel rate = new Panel(left, mid - GUTTER / 2, NiceScale.ticks(0, ChartChecks.max(badRates)));
    double low = 0;
    double high = 0;
    for (double w : woe) {
      low = Math.min(low, w);
      high = Math.max(high, w);
    }
    Panel weight = new Panel(mid + GUTTER / 2, SvgWriter.WIDTH - 24, NiceScale.ticks(low, high));
    SvgWriter svg = new SvgWriter(title, "Bad rate and weight of evidence of " + bins.size() + " bins.");
    rate.axis(svg, "Bad rate", true);
    weight.axis(svg, "Weight of evidence", false);
    new Legend().box("Bad rate", Palette.VERMILLION).box("WoE (positive: lower risk)", Palette.BLUE)
        .draw(svg, left);
    double bar = rowHeight * 0.62;
    for (int i = 0; i < bins.size(); i++) {
      double top = TOP + i * rowHeight + (rowHeight - bar) / 2;
      Rows.label(svg, left - 8, TOP + i * rowHeight + rowHeight / 2 + size / 3, bins.get(i), size,
          left - 16, rowHeight);
      String rateText = Text.percent(badRates[i], 1);
      rate.bar(svg, top, bar, badRates[i], Palette.VERMILLION, rateText, bins.get(i) + ": bad rate " + rateText);
      String woeText = Text.fixed(woe[i], 2);
      weight.bar(svg, top, bar, woe[i], Palette.BLUE, woeText, bins.get(i) + ": WoE " + woeText);
    }
    return svg.finish();
  }

  /** One panel: a horizontal value axis between two x positions. */
  private record Panel(double from, double to, double[] ticks) {

    double x(double value) {
      return from + (value - ticks[0]) / (ticks[ticks.length - 1] - ticks[0]) * (to - from);
    }

    void axis(SvgWriter svg, String label, boolean percent) {
      int decimals = NiceScale.decimals(ticks);
      for (double tick : ticks) {
        double px = x(tick);
        svg.line(px, TOP, px, BOTTOM, Palette.GRID, 1, "");
        svg.text(px, BOTTOM + 19, "middle", percent ? Text.percent(tick, Math.max(0, decimals - 2))
            : Text.fixed(tick, decimals), "font-size=\"11\" fill=\"" + Palette.MUTED + "\"");
      }
      svg.line(from, BOTTOM, to, BOTTOM, Palette.AXIS, 1, "");
      svg.line(x(0), TOP, x(0), BOTTOM, Palette.AXIS, 1, "");
      svg.text((from + to) / 2, SvgWriter.HEIGHT - 16, "middle", label, "font-size=\"13\"");
    }

    void bar(SvgWriter svg, double top, double height, double value, String colour, String text,
        String tooltip) {
      double zero = x(0);
      double end = x(value);
      svg.rect(Math.min(zero, end), top, Math.max(Math.abs(end - zero), 0.5), height, colour, tooltip);
      if (height < 8) {
        return;
      }
      double width = Text.width(text, 10) + 4;
      boolean positive = value >= 0;
      boolean outside = positive ? end + width <= to : end - width >= from;
      boolean right = positive == outside;
      svg.text(right ? end + 3 : end - 3, top + height / 2 + 4, right ? "start" : "end", text,
          "font-size=\"10\" " + (outside ? "fill=\"" + Palette.TEXT + "\" " + SvgWriter.HALO
              : "fill=\"#ffffff\""));
    }
  }
}
