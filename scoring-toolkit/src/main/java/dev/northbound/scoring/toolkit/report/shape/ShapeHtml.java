package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.toolkit.report.HeatMapChart;
import dev.northbound.scoring.toolkit.report.PointsChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The section of one characteristic's shape (see {@link ShapeSection}). */
final class ShapeHtml {

  private static final String EMPTY_BIN = "An empty bin shows a bad rate of 0.";
  private static final String EMPTY_CELL = "An empty cell shows a bad rate of 0.";

  private ShapeHtml() {}

  /** A characteristic of one feature: points by bin, and the bin table. */
  static Section single(CharacteristicShape c, String chartName) {
    List<String> labels = new ArrayList<>();
    double[] points = new double[c.bins().size()];
    Table.Builder table = columns(Table.builder("Bins of " + c.name()).textColumn("Bin"));
    for (int b = 0; b < points.length; b++) {
      BinShape bin = c.bins().get(b);
      labels.add(bin.label());
      points[b] = bin.points();
      table.row(bin.label(), bin.rows(), bin.share(c.rows()), bin.bads(), bin.badRate().orElse(0),
          bin.points());
    }
    return Section.builder("Shape: " + c.name())
        .paragraph(points.length + " bins earning " + range(c) + " points; " + counts(c) + " " + EMPTY_BIN)
        .chart(chartName, PointsChart.of("Points by bin: " + c.name(), labels, points,
                Collections.nCopies(points.length, ""), 2),
            "Bins in order: intervals from low to high, then special values and groups, then"
                + " missing. The table below gives each bin's rows and bad rate.")
        .table(table.build())
        .build();
  }

  /** An interaction: a heat map of the cells' points with their rows, and the cell table. */
  static Section interaction(CharacteristicShape c, String chartName) {
    String partner = c.partner().orElseThrow();
    int rows = c.firstAxis().size();
    int columns = c.secondAxis().size();
    double[][] points = new double[rows][columns];
    List<List<String>> notes = new ArrayList<>();
    Table.Builder table = columns(Table.builder("Cells of " + c.name())
        .textColumn(c.feature()).textColumn(partner));
    for (int i = 0; i < rows; i++) {
      List<String> line = new ArrayList<>();
      for (int j = 0; j < columns; j++) {
        BinShape cell = c.cell(i, j);
        points[i][j] = cell.points();
        line.add(String.format(Locale.ROOT, "%,d rows", cell.rows()));
        table.row(c.firstAxis().get(i), c.secondAxis().get(j), cell.rows(), cell.share(c.rows()),
            cell.bads(), cell.badRate().orElse(0), cell.points());
      }
      notes.add(line);
    }
    return Section.builder("Shape: " + c.name())
        .paragraph("Interaction of " + c.feature() + " (rows) and " + partner + " (columns): "
            + rows + " × " + columns + " cells earning " + range(c) + " points; " + counts(c) + " "
            + EMPTY_CELL)
        .chart(chartName, HeatMapChart.of("Points by cell: " + c.name(), c.feature(), partner,
                c.firstAxis(), c.secondAxis(), points, notes, 1),
            "Each cell shows its points and the rows of the data in it. Colour: blue for more"
                + " points, vermillion for fewer; grey is zero when the points take both signs.")
        .table(table.build())
        .build();
  }

  private static Table.Builder columns(Table.Builder table) {
    return table.numberColumn("Rows", 0).percentColumn("Share", 1).numberColumn("Bads", 0)
        .percentColumn("Bad rate", 1).numberColumn("Points", 2);
  }

  private static String range(CharacteristicShape c) {
    double min = c.bins().stream().mapToDouble(BinShape::points).min().orElseThrow();
    double max = c.bins().stream().mapToDouble(BinShape::points).max().orElseThrow();
    return fixed(min) + " to " + fixed(max);
  }

  private static String counts(CharacteristicShape c) {
    return String.format(Locale.ROOT, "%,d rows of the data, %,d bad, each counted in the bin the"
        + " scorecard scores it in.", c.rows(), c.bads());
  }

  /** Two decimals, half up, never {@code -0.00}. */
  private static String fixed(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
  }
}
