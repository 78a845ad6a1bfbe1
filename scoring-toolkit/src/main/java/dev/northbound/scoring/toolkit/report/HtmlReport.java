package dev.northbound.scoring.toolkit.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A self-contained HTML5 report page: title, generation time, a block of key figures, sections of
 * paragraphs, tables and inline SVG charts, and a footer. The page has inline CSS only — no script,
 * font, image, style sheet or link that loads anything — and a content security policy that forbids
 * loading. All text is HTML-escaped. The same report renders to the same bytes.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class HtmlReport {

  private final String title;
  private final Instant generatedAt;
  private final Map<String, String> keyFigures;
  private final List<Section> sections;
  private final String footer;

  private HtmlReport(Builder builder) {
    this.title = builder.title;
    this.generatedAt = builder.generatedAt;
    this.keyFigures = new LinkedHashMap<>(builder.keyFigures);
    this.sections = List.copyOf(builder.sections);
    this.footer = builder.footer;
  }

  /** Starts a report. */
  public static Builder builder() {
    return new Builder();
  }

  /** The page title. */
  public String title() {
    return title;
  }

  /** The {@code data-chart} names of every figure, in page order. */
  public List<String> chartNames() {
    List<String> names = new ArrayList<>();
    sections.forEach(s -> names.addAll(s.chartNames()));
    return List.copyOf(names);
  }

  /** The page as HTML5 text. */
  public String toHtml() {
    return HtmlRenderer.render(title, generatedAt, keyFigures, sections, footer);
  }

  /**
   * Builds an {@link HtmlReport}. Each single-valued setter may be called once; a second call throws
   * {@link IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {

    private String title;
    private Instant generatedAt;
    private final Map<String, String> keyFigures = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final Set<String> chartNames = new HashSet<>();
    private String footer = "Produced by Northbound. This report shows aggregate figures only.";
    private boolean footerSet;

    private Builder() {}

    /** Sets the page title (required). */
    public Builder title(String title) {
      requireUnset(this.title == null, "title");
      this.title = ChartChecks.text(title, "title");
      return this;
    }

    /** Sets the time the report was generated (required), shown in UTC to the second. */
    public Builder generatedAt(Instant generatedAt) {
      requireUnset(this.generatedAt == null, "generatedAt");
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      return this;
    }

    /**
     * Adds a key figure to the summary block, as text the caller formatted.
     *
     * @throws IllegalArgumentException if the label or value is blank or the label is already used
     */
    public Builder keyFigure(String label, String value) {
      ChartChecks.text(label, "label");
      ChartChecks.text(value, "value");
      if (keyFigures.containsKey(label)) {
        throw new IllegalArgumentException("key figure \"" + label + "\" was already added");
      }
      keyFigures.put(label, value);
      return this;
    }

    /**
     * Adds a numeric key figure shown with exactly {@code decimals} decimals.
     *
     * @throws IllegalArgumentException if the value is not finite, decimals is not 0 to 6, or the
     *     label is blank or already used
     */
    public Builder keyFigure(String label, double value, int decimals) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("key figure \"" + label + "\" must be finite, found " + value);
      }
      if (decimals < 0 || decimals > 6) {
        throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
      }
      return keyFigure(label, Text.fixed(value, decimals));
    }

    /**
     * Appends a section.
     *
     * @throws IllegalArgumentException if one of its chart names is already used in this report
     */
    public Builder section(Section section) {
      Objects.requireNonNull(section, "section");
      for (String name : section.chartNames()) {
        if (chartNames.contains(name)) {
          throw new IllegalArgumentException("chart name \"" + name + "\" is used twice in the report");
        }
      }
      List<String> names = section.chartNames();
      if (new HashSet<>(names).size() != names.size()) {
        throw new IllegalArgumentException("a chart name is used twice in section \"" + section.heading() + "\"");
      }
      chartNames.addAll(names);
      sections.add(section);
      return this;
    }

    /** Replaces the default footer text. */
    public Builder footer(String footer) {
      requireUnset(!footerSet, "footer");
      this.footer = ChartChecks.text(footer, "footer");
      footerSet = true;
      return this;
    }

    /**
     * Builds the report.
     *
     * @throws IllegalStateException if the title or generation time is missing, or there is no section
     */
    public HtmlReport build() {
      if (title == null) {
        throw new IllegalStateException("title was not set");
      }
      if (generatedAt == null) {
        throw new IllegalStateException("generatedAt was not set");
      }
      if (sections.isEmpty()) {
        throw new IllegalStateException("a report needs at least one section");
      }
      return new HtmlReport(this);
    }

    private static void requireUnset(boolean unset, String name) {
      if (!unset) {
        throw new IllegalStateException(name + " was already set");
      }
    }
  }
}
