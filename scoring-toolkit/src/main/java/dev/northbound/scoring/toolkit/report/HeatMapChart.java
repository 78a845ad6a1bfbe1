package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of numbers drawn as a heat map: one row per category of a first variable, one column per
 * category of a second, each cell filled on a diverging scale from vermillion (low) through light
 * grey to blue (high) and labelled with its value and an optional note, for example the number of
 * rows. When the values take both signs the light grey is zero and the scale is symmetric (the
 * larger end is full colour), so the colour tells the sign; otherwise the scale runs from the lowest
 * value to the highest. A strip of swatches under the grid gives the colours' values. Row labels are measured and shortened with an ellipsis to at most a third of the chart;
 * column labels wrap onto two lines and are shortened beyond that; a cell too small for its text
 * shows what fits. Every cell's tooltip names its row and column in full with the value and note.
 */
public final class HeatMapChart implements Chart {

  private static final double TITLE_Y = 18;
  private static final double TOP = 58;
  private static final double BOTTOM = SvgWriter.HEIGHT - 64;
  private static final double RIGHT = SvgWriter.WIDTH - 16;
  private static final double LABEL_SIZE = 11;
  private static final int[] LOW = {0xD5, 0x5E, 0x00};
  private static final int[] MIDDLE = {0xF2, 0xF2, 0xF2};
  private static final int[] HIGH = {0x00, 0x72, 0xB2};

  private final String title;
  private final String rowTitle;
  private final String columnTitle;
  private final List<String> rows;
  private final List<String> columns;
  private final double[][] values;
  private final List<List<String>> notes;
  private final int decimals;

  private HeatMapChart(String title, String rowTitle, String columnTitle, List<String> rows,
      List<String> columns, double[][] values, List<List<String>> notes, int decimals) {
    this.title = ChartChecks.text(title, "title");
    this.rowTitle = ChartChecks.text(rowTitle, "rowTitle");
    this.columnTitle = ChartChecks.text(columnTitle, "columnTitle");
    Objects.requireNonNull(values, "values");
    this.rows = ChartChecks.labels(rows, "rows", values.length);
    if (values.length == 0) {
      throw new IllegalArgumentException("values must have at least 1 row, found 0");
    }
    this.values = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      this.values[i] = ChartChecks.finite(values[i], "values[" + i + "]", 1);
    }
    this.columns = ChartChecks.labels(columns, "columns", this.values[0].length);
    Objects.requireNonNull(notes, "notes");
    if (notes.size() != values.length) {
      throw new IllegalArgumentException("notes must have " + values.length + " rows, found " + notes.size());
    }
    List<List<String>> copy = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (this.values[i].length != this.columns.size()) {
        throw new IllegalArgumentException("values[" + i + "] must have " + this.columns.size()
            + " values, found " + this.values[i].length);
      }
      copy.add(ChartChecks.labels(notes.get(i), "notes[" + i + "]", this.columns.size()));
    }
    this.notes = List.copyOf(copy);
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
    }
    this.decimals = decimals;
  }

  /**
   * Creates a heat map.
   *
   * @param title the title
   * @param rowTitle what the rows are, for example a feature name
   * @param columnTitle what the columns are
   * @param rows the row labels, top to bottom
   * @param columns the column labels, left to right
   * @param values {@code values[i][j]} is the value of row {@code i}, column {@code j}
   * @param notes {@code notes.get(i).get(j)} is a short second line of that cell ({@code ""} for none)
   * @param decimals decimals of the values shown in the cells, 0 to 6
   * @throws IllegalArgumentException if a text is blank, the sizes do not match or are zero, a
   *     value is not finite or {@code decimals} is out of range
   */
  public static HeatMapChart of(String title, String rowTitle, String columnTitle, List<String> rows,
      List<String> columns, double[][] values, List<List<String>> notes, int decimals) {
    return new HeatMapChart(title, rowTitle, columnTitle, rows, columns, values, notes, decimals);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    double cellHeight = (BOTTOM - TOP) / rows.size();
    double widest = 0;
    for (String r : rows) {
      widest = Math.max(widest, Text.width(r, LABEL_SIZE));
    }
    double left = Math.max(90, Math.min(SvgWriter.WIDTH / 3.0, Math.ceil(widest + 40)));
    double cellWidth = (RIGHT - left) / columns.size();
    SvgWriter svg = new SvgWriter(title, "Heat map of " + rows.size() + " by " + columns.size()
        + " cells: " + rowTitle + " by " + columnTitle + ".");
    svg.text((left + RIGHT) / 2, TITLE_Y, "middle", Text.fit(columnTitle, 13, RIGHT - left), "font-size=\"13\"");
    svg.verticalText(14, (TOP + BOTTOM) / 2, Text.fit(rowTitle, 13, BOTTOM - TOP), "font-size=\"13\"");
    String labelStyle = "font-size=\"" + SvgWriter.n(LABEL_SIZE) + "\"";
    for (int j = 0; j < columns.size(); j++) {
      double x = left + (j + 0.5) * cellWidth;
      double room = cellWidth - 6;
      List<String> lines = Text.wrap(columns.get(j), LABEL_SIZE, room);
      if (Text.width(columns.get(j), LABEL_SIZE) <= room || lines.size() != 2) {
        svg.text(x, TOP - 8, "middle", Text.fit(columns.get(j), LABEL_SIZE, room), labelStyle);
      } else {
        svg.text(x, TOP - 21, "middle", Text.fit(lines.get(0), LABEL_SIZE, room), labelStyle);
        svg.text(x, TOP - 8, "middle", Text.fit(lines.get(1), LABEL_SIZE, room), labelStyle);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      double top = TOP + i * cellHeight;
      Rows.label(svg, left - 8, top + cellHeight / 2 + LABEL_SIZE / 3, rows.get(i), LABEL_SIZE,
          left - 40, cellHeight);
      for (int j = 0; j < columns.size(); j++) {
        cell(svg, left + j * cellWidth, top, cellWidth, cellHeight, i, j, low, high);
      }
    }
    scale(svg, left, low, high);
    return svg.finish();
  }

  private void cell(SvgWriter svg, double x, double y, double width, double height, int i, int j,
      double low, double high) {
    double value = values[i][j];
    String note = notes.get(i).get(j);
    String shown = Text.fixed(value, decimals);
    int[] rgb = colour(value, low, high);
    svg.rect(x + 1, y + 1, width - 2, height - 2, hex(rgb), rows.get(i) + " \u00d7 " + columns.get(j)
        + ": " + shown + (note.isEmpty() ? "" : " (" + note + ")"));
    String ink = luminance(rgb) < 0.45 ? "#ffffff" : Palette.TEXT;
    double valueSize = Math.min(13, Math.max(9, height * 0.36));
    double noteSize = Math.max(9, valueSize - 3);
    boolean valueFits = Text.width(shown, valueSize) <= width - 6 && height >= valueSize + 4;
    boolean noteFits = !note.isEmpty() && valueFits && height >= valueSize + noteSize + 8;
    double middle = y + height / 2;
    if (noteFits) {
      svg.text(x + width / 2, middle - 1, "middle", shown,
          "font-size=\"" + SvgWriter.n(valueSize) + "\" font-weight=\"600\" fill=\"" + ink + "\"");
      svg.text(x + width / 2, middle + noteSize + 1, "middle", Text.fit(note, noteSize, width - 6),
          "font-size=\"" + SvgWriter.n(noteSize) + "\" fill=\"" + ink + "\"");
    } else if (valueFits) {
      svg.text(x + width / 2, middle + valueSize / 3, "middle", shown,
          "font-size=\"" + SvgWriter.n(valueSize) + "\" font-weight=\"600\" fill=\"" + ink + "\"");
    }
  }

  /** The colour scale under the grid: swatches from the lowest to the highest value. */
  private void scale(SvgWriter svg, double left, double low, double high) {
    int steps = 12;
    double width = 16;
    String style = "font-size=\"11\" fill=\"" + Palette.MUTED + "\"";
    String lowText = "Colour: " + Text.fixed(low, decimals);
    double x = left + Text.width(lowText, 11) + 6;
    double y = BOTTOM + 18;
    svg.text(x - 6, y + 10, "end", lowText, style);
    for (int s = 0; s < steps; s++) {
      double v = low + (high - low) * (s + 0.5) / steps;
      svg.rect(x + s * width, y, width, 12, hex(colour(v, low, high)), "");
    }
    svg.text(x + steps * width + 6, y + 10, "start", Text.fixed(high, decimals), style);
    if (low < 0 && high > 0) {
      double zero = x + steps * width * (-low) / (high - low);
      svg.line(zero, y - 3, zero, y + 15, Palette.TEXT, 1, "");
      svg.text(zero, y + 27, "middle", "0", style);
    }
  }

  /**
   * The fill of a value among values from {@code low} to {@code high}: vermillion at the low end,
   * light grey in the middle, blue at the high end; the middle is zero when {@code low < 0 < high}.
   */
  static int[] colour(double value, double low, double high) {
    if (high == low) {
      return MIDDLE.clone();
    }
    double t;
    if (low < 0 && high > 0) {
      double reach = Math.max(-low, high);
      t = 0.5 + value / reach / 2;
    } else {
      t = (value - low) / (high - low);
    }
    int[] from = t < 0.5 ? LOW : MIDDLE;
    int[] to = t < 0.5 ? MIDDLE : HIGH;
    double f = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    int[] out = new int[3];
    for (int k = 0; k < 3; k++) {
      out[k] = (int) Math.round(from[k] + (to[k] - from[k]) * f);
    }
    return out;
  }

  private static String hex(int[] rgb) {
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }

  /** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
  private static double luminance(int[] rgb) {
    double sum = 0;
    double[] weight = {0.2126, 0.7152, 0.0722};
    for (int k = 0; k < 3; k++) {
      double c = rgb[k] / 255.0;
      sum += weight[k] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
}
