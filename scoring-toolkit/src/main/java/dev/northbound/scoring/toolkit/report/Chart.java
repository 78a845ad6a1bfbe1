package dev.northbound.scoring.toolkit.report;

/**
 * A chart over plain data that renders itself as a standalone SVG document of a fixed size (640 by
 * 400 with a matching {@code viewBox}), with an accessible {@code <title>} and {@code <desc>}.
 *
 * <p>Rendering is deterministic: the same data gives the same bytes. Implementations validate their
 * data when created and reject non-finite numbers with an {@link IllegalArgumentException}. All are
 * immutable and thread-safe.
 */
public sealed interface Chart
    permits LineChart, KsChart, DistributionChart, CalibrationChart, StabilityChart, BarChart,
    BinChart, PointsChart, HeatMapChart {

  /** The chart's title, used for the SVG {@code <title>} and the figure caption. */
  String title();

  /** The chart as a standalone SVG document (UTF-8 text, ending in a newline). */
  String toSvg();
}
