package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One section of an HTML report: a heading followed by paragraphs, tables and charts in the order
 * they were added. Each chart sits in a {@code <figure data-chart="NAME">}; names are lower-case
 * words joined by hyphens ({@code roc}, {@code score-distribution}) and must be unique in a report.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(String)}.
 */
public final class Section {

  private static final Pattern CHART_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** A block of section content. */
  sealed interface Block permits Paragraph, Code, TableBlock, Figure {}

  record Paragraph(String text) implements Block {}

  record Code(String text) implements Block {}

  record TableBlock(Table table) implements Block {}

  record Figure(String name, Chart chart, String note) implements Block {}

  private final String heading;
  private final List<Block> blocks;

  private Section(String heading, List<Block> blocks) {
    this.heading = heading;
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Starts a section.
   *
   * @param heading the section heading
   * @return a new builder
   * @throws IllegalArgumentException if the heading is blank
   */
  public static Builder builder(String heading) {
    return new Builder(ChartChecks.text(heading, "heading"));
  }

  /** The heading. */
  public String heading() {
    return heading;
  }

  /** The {@code data-chart} names of this section's figures, in order. */
  public List<String> chartNames() {
    List<String> names = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Figure figure) {
        names.add(figure.name());
      }
    }
    return List.copyOf(names);
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Builds a {@link Section}. Not thread-safe. */
  public static final class Builder {

    private final String heading;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String heading) {
      this.heading = heading;
    }

    /** Adds a paragraph of plain text (escaped when rendered). */
    public Builder paragraph(String text) {
      blocks.add(new Paragraph(ChartChecks.text(text, "text")));
      return this;
    }

    /** Adds preformatted text, for example a JSON document, shown in a monospaced block. */
    public Builder code(String text) {
      blocks.add(new Code(ChartChecks.text(text, "text")));
      return this;
    }

    /** Adds a table. */
    public Builder table(Table table) {
      blocks.add(new TableBlock(Objects.requireNonNull(table, "table")));
      return this;
    }

    /**
     * Adds a chart in a figure captioned with the chart's title.
     *
     * @param name the {@code data-chart} name, for example {@code "roc"}
     * @param chart the chart
     * @throws IllegalArgumentException if the name is not lower-case words joined by hyphens
     */
    public Builder chart(String name, Chart chart) {
      return chart(name, chart, "");
    }

    /**
     * Adds a chart with a note printed under the caption, for example how to read it.
     *
     * @param name the {@code data-chart} name, for example {@code "ks"}
     * @param chart the chart
     * @param note the note ({@code ""} for none)
     * @throws IllegalArgumentException if the name is not lower-case words joined by hyphens
     */
    public Builder chart(String name, Chart chart, String note) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(note, "note");
      if (!CHART_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "chart name must be lower-case words joined by hyphens, like \"score-distribution\", found \""
                + name + "\"");
      }
      blocks.add(new Figure(name, chart, note));
      return this;
    }

    /**
     * Builds the section.
     *
     * @throws IllegalStateException if nothing was added
     */
    public Section build() {
      if (blocks.isEmpty()) {
        throw new IllegalStateException("a section needs at least one paragraph, table or chart");
      }
      return new Section(heading, blocks);
    }
  }
}
