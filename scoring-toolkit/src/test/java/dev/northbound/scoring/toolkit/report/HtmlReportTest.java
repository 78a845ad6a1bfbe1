package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final String HOSTILE = "<script>alert('x')</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
  private static final Instant AT = Instant.parse("2026-11-22T09:30:00.123Z");

  private static Chart bars(String title) {
    return BarChart.of(title, "Value", List.of(HOSTILE), new double[] {1}, 0);
  }

  private static HtmlReport hostileReport() {
    Table table = Table.builder(HOSTILE).textColumn(HOSTILE).numberColumn("Count", 2).percentColumn("Rate", 1)
        .row(HOSTILE, 12345.6, 0.1234).build();
    return HtmlReport.builder().title(HOSTILE).generatedAt(AT).keyFigure(HOSTILE, HOSTILE)
        .section(Section.builder(HOSTILE).paragraph(HOSTILE).table(table).chart("iv", bars(HOSTILE), HOSTILE).build())
        .footer(HOSTILE)
        .build();
  }

  @Test
  void toHtml_escapesEveryText() {
    String html = hostileReport().toHtml();
    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
    // In full: title element, h1, nav link, key figure label and value, h2, paragraph, caption,
    // header, cell, figcaption, note, svg title, bar tooltip, bar label, footer = 16. The bar's
    // label column widens to fit it, so it is no longer cut.
    assertThat(count(html, ESCAPED)).isEqualTo(16);
    assertThat(html).contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</text>");
  }

  @Test
  void toHtml_loadsNothing() {
    String html = SampleReport.html().toHtml();
    assertThat(html)
        .doesNotContainPattern("(?i)<script|<link|<img|<iframe|<object|<embed|src=|url\\(|@import|srcset")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).matches("#section-[0-9]+");
    }
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:");
  }

  @Test
  void toHtml_structure() {
    String html = hostileReport().toHtml();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
        .contains("<p class=\"generated\">Generated <time datetime=\"2026-11-22T09:30:00Z\">2026-11-22 09:30:00 UTC</time></p>")
        .contains("<td class=\"num\">12,345.60</td><td class=\"num\">12.3%</td>")
        .contains("<th scope=\"col\" class=\"num\">Count</th>")
        .contains("<figure data-chart=\"iv\">\n<figcaption>" + ESCAPED + "<p class=\"note\">" + ESCAPED + "</p></figcaption>\n<svg ")
        .contains("<section id=\"section-1\">")
        .endsWith("</html>\n");
  }

  @Test
  void toHtml_sameReportSameBytes() {
    assertThat(SampleReport.html().toHtml()).isEqualTo(SampleReport.html().toHtml());
  }

  @Test
  void chartNames_inPageOrder() {
    assertThat(SampleReport.html().chartNames()).containsExactlyElementsOf(SampleReport.CHART_NAMES);
  }

  @Test
  void builder_titleTwice() {
    assertThatThrownBy(() -> HtmlReport.builder().title("a").title("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("title was already set");
  }

  @Test
  void builder_missingGeneratedAt() {
    Section section = Section.builder("s").paragraph("p").build();
    assertThatThrownBy(() -> HtmlReport.builder().title("a").section(section).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("generatedAt was not set");
  }

  @Test
  void builder_chartNameUsedTwice() {
    Section first = Section.builder("a").chart("iv", bars("one")).build();
    Section second = Section.builder("b").chart("iv", bars("two")).build();
    assertThatThrownBy(() -> HtmlReport.builder().section(first).section(second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart name \"iv\" is used twice in the report");
  }

  @Test
  void builder_keyFigureNotFinite() {
    assertThatThrownBy(() -> HtmlReport.builder().keyFigure("AUC", Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key figure \"AUC\" must be finite, found NaN");
  }

  @Test
  void section_badChartName() {
    assertThatThrownBy(() -> Section.builder("s").chart("Score Distribution", bars("t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart name must be lower-case words joined by hyphens, like \"score-distribution\", "
            + "found \"Score Distribution\"");
  }

  @Test
  void table_wrongCellType() {
    assertThatThrownBy(() -> Table.builder("t").textColumn("a").numberColumn("b", 0).row("x", "12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 0, column 1 must be a number, found a String");
  }

  @Test
  void table_infiniteNumber() {
    assertThatThrownBy(() -> Table.builder("t").numberColumn("b", 0).row(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 0, column 0 must be finite, found Infinity");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
