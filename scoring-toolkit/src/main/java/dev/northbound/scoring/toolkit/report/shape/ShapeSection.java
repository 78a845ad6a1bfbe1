package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The characteristic shapes of a scorecard as report parts: one {@link Section} per
 * characteristic for any {@link HtmlReport} (a points-by-bin chart and a bin table; for an
 * interaction a heat map of the cells' points with their row counts and a cell table), the same
 * numbers as JSON, and a standalone page.
 *
 * <p>Wiring into a report: {@code ShapeSection.sections(table).forEach(page::section)} and
 * {@code root.put("shapes", ShapeSection.json(table))}, with {@code table = ShapeTable.count(card,
 * data)}. Chart names are {@code shape-<name>} ({@code shape-<n>} when the name has no letters or
 * digits or repeats), so they do not clash with the training report's {@code woe-} charts.
 *
 * <p>JSON layout: {@code rows}, {@code bads}, and {@code characteristics}, each with {@code name},
 * {@code feature}, {@code partner} (interactions only), {@code interaction}, {@code firstAxis} and
 * {@code secondAxis} (interactions only: labels in display order), and {@code bins} in display
 * order, each with {@code bin} (label), {@code kind} ({@code interval}, {@code special}, {@code
 * categorical}, {@code missing} or {@code cell}), for a cell {@code row}, {@code column}, {@code
 * first} and {@code second}, then {@code count}, {@code share}, {@code bads}, {@code badRate}
 * (absent for an empty bin) and {@code points}. Aggregates only.
 */
public final class ShapeSection {

  private ShapeSection() {}

  /**
   * One section per characteristic of {@code card}, counted on {@code data} ({@link
   * ShapeTable#count(Scorecard, Dataset)}).
   *
   * @throws dev.northbound.scoring.core.InvalidInputException as {@link ShapeTable#count}
   */
  public static List<Section> sections(Scorecard card, Dataset data) {
    return sections(ShapeTable.count(card, data));
  }

  /** One section per characteristic, in the table's order. */
  public static List<Section> sections(ShapeTable table) {
    Objects.requireNonNull(table, "table");
    Set<String> names = new HashSet<>();
    List<Section> out = new ArrayList<>();
    for (int k = 0; k < table.characteristics().size(); k++) {
      CharacteristicShape c = table.characteristics().get(k);
      String chart = chartName(k, c.name(), names);
      out.add(c.isInteraction() ? ShapeHtml.interaction(c, chart) : ShapeHtml.single(c, chart));
    }
    return List.copyOf(out);
  }

  /** The JSON form of the table, as nested maps and lists (layout in the class docs). */
  public static Map<String, Object> json(ShapeTable table) {
    return ShapeJson.of(Objects.requireNonNull(table, "table"));
  }

  /**
   * A standalone page of the shapes, for example to write with {@code ReportWriter} beside {@link
   * #json}: key figures (rows, bads, characteristics), then one section per characteristic.
   *
   * @param title the page title
   * @param generatedAt the time shown on the page (the model's training time, for reproducible output)
   * @param table the shapes
   */
  public static HtmlReport page(String title, Instant generatedAt, ShapeTable table) {
    HtmlReport.Builder page = HtmlReport.builder().title(title).generatedAt(generatedAt)
        .keyFigure("Rows", String.format(Locale.ROOT, "%,d", table.rows()))
        .keyFigure("Bads", String.format(Locale.ROOT, "%,d", table.bads()))
        .keyFigure("Characteristics", Integer.toString(table.characteristics().size()));
    sections(table).forEach(page::section);
    return page.footer("Produced by Northbound. Aggregate counts only: no row of the data appears.")
        .build();
  }

  private static String chartName(int index, String name, Set<String> taken) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String chart = "shape-" + slug;
    if (slug.isEmpty() || taken.contains(chart)) {
      chart = "shape-" + (index + 1);
      for (int n = 1; taken.contains(chart); n++) {
        chart = "shape-" + (index + 1) + "-" + n;
      }
    }
    taken.add(chart);
    return chart;
  }
}
