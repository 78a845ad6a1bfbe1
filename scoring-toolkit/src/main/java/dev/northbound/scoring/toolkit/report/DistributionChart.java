package dev.northbound.scoring.toolkit.report;

/**
 * Two overlaid histograms over the same bins, for the score distributions of goods and of bads.
 * Each is drawn as a translucent step area with a solid outline, so the overlap stays visible.
 */
public final class DistributionChart implements Chart {

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final double[] edges;
  private final double[] goods;
  private final double[] bads;

  private DistributionChart(
      String title, String xLabel, String yLabel, double[] edges, double[] goods, double[] bads) {
    this.title = ChartChecks.text(title, "title");
    this.xLabel = ChartChecks.text(xLabel, "xLabel");
    this.yLabel = ChartChecks.text(yLabel, "yLabel");
    this.edges = ChartChecks.finite(edges, "binEdges", 2);
    this.goods = ChartChecks.finite(goods, "goods", 1);
    this.bads = ChartChecks.finite(bads, "bads", 1);
    ChartChecks.ascending(this.edges, "binEdges", true);
    if (this.goods.length != this.edges.length - 1) {
      throw new IllegalArgumentException("goods must have one value per bin (" + (this.edges.length - 1)
          + " bins), found " + this.goods.length);
    }
    ChartChecks.sameLength(this.goods, "goods", this.bads, "bads");
    ChartChecks.notNegative(this.goods, "goods");
    ChartChecks.notNegative(this.bads, "bads");
  }

  /**
   * Creates an overlaid distribution chart.
   *
   * @param title the title
   * @param xLabel the x axis title, for example "Score"
   * @param yLabel the y axis title, for example "Share of group"
   * @param binEdges the {@code n + 1} bin edges, strictly increasing
   * @param goods the {@code n} bin heights for goods (counts or shares), not negative
   * @param bads the {@code n} bin heights for bads, not negative
   * @throws IllegalArgumentException if a text is blank, the sizes do not match, or a value is not
   *     finite, negative or out of order
   */
  public static DistributionChart of(
      String title, String xLabel, String yLabel, double[] binEdges, double[] goods, double[] bads) {
    return new DistributionChart(title, xLabel, yLabel, binEdges, goods, bads);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    Frame frame =
        Frame.covering(edges[0], edges[edges.length - 1], 0, Math.max(ChartChecks.max(goods), ChartChecks.max(bads)));
    SvgWriter svg = new SvgWriter(title,
        "Histogram of " + yLabel + " against " + xLabel + " for goods and bads over " + goods.length + " bins.");
    frame.draw(svg, xLabel, yLabel);
    step(svg, frame, goods, Palette.BLUE);
    step(svg, frame, bads, Palette.VERMILLION);
    new Legend().box("Goods", Palette.BLUE).box("Bads", Palette.VERMILLION).draw(svg, frame.left());
    return svg.finish();
  }

  private void step(SvgWriter svg, Frame frame, double[] heights, String colour) {
    int n = heights.length;
    double[] xs = new double[2 * n + 2];
    double[] ys = new double[2 * n + 2];
    double base = frame.y(0);
    xs[0] = frame.x(edges[0]);
    ys[0] = base;
    for (int i = 0; i < n; i++) {
      double top = frame.y(heights[i]);
      xs[2 * i + 1] = frame.x(edges[i]);
      ys[2 * i + 1] = top;
      xs[2 * i + 2] = frame.x(edges[i + 1]);
      ys[2 * i + 2] = top;
    }
    xs[2 * n + 1] = frame.x(edges[n]);
    ys[2 * n + 1] = base;
    svg.area(xs, ys, colour, 0.28);
  }
}
