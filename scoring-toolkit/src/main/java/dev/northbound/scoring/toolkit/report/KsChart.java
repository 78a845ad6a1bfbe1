package dev.northbound.scoring.toolkit.report;

/**
 * The Kolmogorov-Smirnov chart: the cumulative share of goods and of bads at or below each score,
 * with the largest vertical gap (the KS statistic) marked and labelled.
 */
public final class KsChart implements Chart {

  private final String title;
  private final String xLabel;
  private final double[] scores;
  private final double[] goods;
  private final double[] bads;
  private final int gapIndex;

  private KsChart(String title, String xLabel, double[] scores, double[] goods, double[] bads) {
    this.title = ChartChecks.text(title, "title");
    this.xLabel = ChartChecks.text(xLabel, "xLabel");
    this.scores = ChartChecks.finite(scores, "scores", 2);
    this.goods = ChartChecks.finite(goods, "goodsCumulative", 2);
    this.bads = ChartChecks.finite(bads, "badsCumulative", 2);
    ChartChecks.sameLength(this.scores, "scores", this.goods, "goodsCumulative");
    ChartChecks.sameLength(this.scores, "scores", this.bads, "badsCumulative");
    ChartChecks.ascending(this.scores, "scores", false);
    ChartChecks.unitInterval(this.goods, "goodsCumulative");
    ChartChecks.unitInterval(this.bads, "badsCumulative");
    ChartChecks.ascending(this.goods, "goodsCumulative", false);
    ChartChecks.ascending(this.bads, "badsCumulative", false);
    int best = 0;
    for (int i = 1; i < this.scores.length; i++) {
      if (Math.abs(this.bads[i] - this.goods[i]) > Math.abs(this.bads[best] - this.goods[best])) {
        best = i;
      }
    }
    this.gapIndex = best;
  }

  /**
   * Creates a KS chart from the two empirical distribution functions evaluated at the same scores.
   *
   * @param title the title
   * @param xLabel the score axis title, for example "Score"
   * @param scores the scores, non-decreasing
   * @param goodsCumulative share of goods scoring at or below each score, in [0, 1], non-decreasing
   * @param badsCumulative share of bads scoring at or below each score, in [0, 1], non-decreasing
   * @throws IllegalArgumentException if a text is blank, the arrays differ in length or have fewer
   *     than two values, or a value is not finite, out of range or out of order
   */
  public static KsChart of(
      String title, String xLabel, double[] scores, double[] goodsCumulative, double[] badsCumulative) {
    return new KsChart(title, xLabel, scores, goodsCumulative, badsCumulative);
  }

  @Override
  public String title() {
    return title;
  }

  /** The KS statistic: the largest absolute gap between the two distributions. */
  public double statistic() {
    return Math.abs(bads[gapIndex] - goods[gapIndex]);
  }

  /** The score at which the largest gap occurs (the first such score). */
  public double scoreAtMaximum() {
    return scores[gapIndex];
  }

  @Override
  public String toSvg() {
    Frame frame = Frame.covering(scores[0], scores[scores.length - 1], 0, 1);
    String label = "KS " + Text.compact(statistic(), 3) + " at " + Text.compact(scoreAtMaximum(), 2);
    SvgWriter svg = new SvgWriter(title,
        "Cumulative share of goods and bads against " + xLabel + "; maximum gap " + label + ".");
    frame.draw(svg, xLabel, "Cumulative share");
    double[] xs = LineChart.map(scores, frame, true);
    svg.polyline(xs, LineChart.map(goods, frame, false), Palette.BLUE, 2.5, "");
    svg.polyline(xs, LineChart.map(bads, frame, false), Palette.VERMILLION, 2.5, Palette.dash(1));
    double gx = frame.x(scoreAtMaximum());
    double top = frame.y(Math.max(goods[gapIndex], bads[gapIndex]));
    double bottom = frame.y(Math.min(goods[gapIndex], bads[gapIndex]));
    svg.line(gx, top, gx, bottom, Palette.TEXT, 2, "");
    svg.line(gx - 5, top, gx + 5, top, Palette.TEXT, 2, "");
    svg.line(gx - 5, bottom, gx + 5, bottom, Palette.TEXT, 2, "");
    boolean roomOnRight = gx + 12 + Legend.approximateWidth(label) < Frame.RIGHT;
    svg.text(roomOnRight ? gx + 10 : gx - 10, (top + bottom) / 2 + 4, roomOnRight ? "start" : "end", label,
        "font-weight=\"600\" " + SvgWriter.HALO);
    new Legend()
        .line("Goods", Palette.BLUE, "")
        .line("Bads", Palette.VERMILLION, Palette.dash(1))
        .line("Maximum gap", Palette.TEXT, "")
        .draw(svg, frame.left());
    return svg.finish();
  }
}
