package dev.northbound.scoring.toolkit.report;

import java.util.List;
import java.util.Objects;

/**
 * Population or characteristic stability (PSI or CSI) as grouped horizontal bars: one row per
 * category (the whole score, or a characteristic), one bar per group (a period or a sample) within
 * the row. Bars are coloured by the conventional band — below 0.10 stable, 0.10 to below 0.25
 * monitor, 0.25 and above shifted — and dashed lines mark the two thresholds.
 */
public final class StabilityChart implements Chart {

  /** The threshold from which a shift is worth monitoring. */
  public static final double MONITOR_THRESHOLD = 0.10;
  /** The threshold from which the population has shifted materially. */
  public static final double SHIFT_THRESHOLD = 0.25;

  private final String title;
  private final List<String> categories;
  private final List<String> groups;
  private final double[][] values;

  private StabilityChart(String title, List<String> categories, List<String> groups, double[][] values) {
    this.title = ChartChecks.text(title, "title");
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("values must have at least one row");
    }
    this.categories = ChartChecks.labels(categories, "categories", values.length);
    this.groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    if (this.groups.isEmpty()) {
      throw new IllegalArgumentException("groups must not be empty");
    }
    this.values = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      this.values[i] = ChartChecks.finite(values[i], "values[" + i + "]", this.groups.size());
      if (this.values[i].length != this.groups.size()) {
        throw new IllegalArgumentException("values[" + i + "] must have " + this.groups.size()
            + " entries (one per group), found " + this.values[i].length);
      }
      ChartChecks.notNegative(this.values[i], "values[" + i + "]");
    }
  }

  /**
   * Creates a stability chart.
   *
   * @param title the title
   * @param categories the row labels, for example {@code "Score"} and characteristic names
   * @param groups the bar labels within each row, for example {@code "2026-Q1"}, {@code "2026-Q2"}
   * @param values {@code values[row][group]}, each finite and not negative
   * @throws IllegalArgumentException if the title is blank, a size does not match or a value is not
   *     finite or negative
   */
  public static StabilityChart of(
      String title, List<String> categories, List<String> groups, double[][] values) {
    return new StabilityChart(title, categories, groups, values);
  }

  /** The band colour of an index value; bands are named in the legend so colour is not the only cue. */
  static String bandColour(double value) {
    if (value >= SHIFT_THRESHOLD) {
      return Palette.VERMILLION;
    }
    return value >= MONITOR_THRESHOLD ? Palette.ORANGE : Palette.GREEN;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double max = SHIFT_THRESHOLD + 0.05;
    for (double[] row : values) {
      for (double v : row) {
        max = Math.max(max, v);
      }
    }
    Rows rows = new Rows(categories, 0, max);
    SvgWriter svg = new SvgWriter(title, "Stability index for " + categories.size() + " categories and "
        + groups.size() + " groups, with thresholds at 0.1 and 0.25.");
    rows.draw(svg, "Stability index");
    Frame frame = rows.frame();
    double slot = rows.rowHeight() * 0.76 / groups.size();
    double offset = rows.rowHeight() * 0.12;
    for (int r = 0; r < values.length; r++) {
      for (int g = 0; g < groups.size(); g++) {
        String value = Text.fixed(values[r][g], 3);
        String label = groups.size() == 1 ? value : Text.shorten(groups.get(g), 16) + ": " + value;
        rows.bar(svg, r, offset + g * slot, slot * 0.88, values[r][g], bandColour(values[r][g]), label,
            categories.get(r) + ", " + groups.get(g) + ": " + value);
      }
    }
    for (double threshold : new double[] {MONITOR_THRESHOLD, SHIFT_THRESHOLD}) {
      double x = frame.x(threshold);
      svg.line(x, Frame.TOP - 4, x, Frame.BOTTOM, Palette.TEXT, 1, "4 3");
      svg.text(x, Frame.TOP - 8, "middle", Text.fixed(threshold, 2), "font-size=\"11\"");
    }
    new Legend()
        .box("Stable (< 0.10)", Palette.GREEN)
        .box("Monitor (0.10 to 0.25)", Palette.ORANGE)
        .box("Shifted (\u2265 0.25)", Palette.VERMILLION)
        .line("Thresholds", Palette.TEXT, "4 3")
        .draw(svg, 16);
    return svg.finish();
  }
}
