package dev.northbound.scoring.toolkit.report.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.report.SvgTextFit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page and JSON of the hand-counted shapes of {@link ShapeFixtures}. */
class ShapeSectionTest {

  /** Months and housing counted by the scorecard; months × util from the hand count. */
  static ShapeTable table() {
    ShapeTable counted = ShapeTable.count(
        ShapeFixtures.card(List.of(ShapeFixtures.months(), ShapeFixtures.housing())), ShapeFixtures.data());
    CharacteristicShape interaction = CharacteristicShape.of(ShapeFixtures.monthsByUtil(),
        new long[] {1, 0, 0, 2, 3, 1, 1, 2, 0}, new long[] {0, 0, 0, 0, 2, 0, 1, 1, 0});
    return new ShapeTable(List.of(counted.characteristics().get(0), counted.characteristics().get(1),
        interaction), 10, 4);
  }

  @Test
  void json_holdsTheHandCountedNumbers() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportWriter.json(ShapeSection.json(table())));

    assertThat(json.get("rows").asLong()).isEqualTo(10);
    assertThat(json.get("bads").asLong()).isEqualTo(4);
    JsonNode months = json.at("/characteristics/0");
    assertThat(months.get("name").asText()).isEqualTo("months");
    assertThat(months.get("interaction").asBoolean()).isFalse();
    assertThat(months.has("partner")).isFalse();
    JsonNode bin = months.at("/bins/1");
    assertThat(bin.get("bin").asText()).isEqualTo("[12, 24)");
    assertThat(bin.get("kind").asText()).isEqualTo("interval");
    assertThat(bin.get("count").asLong()).isEqualTo(3);
    assertThat(bin.get("share").asDouble()).isEqualTo(0.3);
    assertThat(bin.get("bads").asLong()).isEqualTo(1);
    assertThat(bin.get("badRate").asDouble()).isEqualTo(1.0 / 3);
    assertThat(bin.get("points").asDouble()).isEqualTo(25.0);
    assertThat(months.at("/bins/3/kind").asText()).isEqualTo("special");
    JsonNode empty = json.at("/characteristics/1/bins/0");
    assertThat(empty.get("count").asLong()).isZero();
    assertThat(empty.has("badRate")).isFalse();
    JsonNode interaction = json.at("/characteristics/2");
    assertThat(interaction.get("partner").asText()).isEqualTo("util");
    assertThat(interaction.get("interaction").asBoolean()).isTrue();
    assertThat(interaction.at("/firstAxis/1").asText()).isEqualTo(">= 12");
    assertThat(interaction.at("/secondAxis/2").asText()).isEqualTo("missing");
    JsonNode cell = interaction.at("/bins/4");
    assertThat(cell.get("row").asInt()).isEqualTo(1);
    assertThat(cell.get("column").asInt()).isEqualTo(1);
    assertThat(cell.get("first").asText()).isEqualTo(">= 12");
    assertThat(cell.get("second").asText()).isEqualTo(">= 0.5");
    assertThat(cell.get("count").asLong()).isEqualTo(3);
    assertThat(cell.get("bads").asLong()).isEqualTo(2);
    assertThat(cell.get("badRate").asDouble()).isEqualTo(2.0 / 3);
    assertThat(cell.get("points").asDouble()).isEqualTo(21.0);
  }

  @Test
  void page_showsTablesChartsAndHeatMap() {
    HtmlReport page = ShapeSection.page("Shapes", Instant.parse("2026-12-07T00:00:00Z"), table());
    String html = page.toHtml();

    assertThat(page.chartNames()).containsExactly("shape-months", "shape-housing", "shape-months-util");
    assertThat(html).contains("<h2>Shape: months</h2>", "<h2>Shape: months × util</h2>")
        .contains("<td>[12, 24)</td><td class=\"num\">3</td><td class=\"num\">30.0%</td>"
            + "<td class=\"num\">1</td><td class=\"num\">33.3%</td><td class=\"num\">25.00</td>")
        .contains("<td>rent, mortgage</td><td class=\"num\">4</td><td class=\"num\">40.0%</td>"
            + "<td class=\"num\">2</td><td class=\"num\">50.0%</td><td class=\"num\">-5.00</td>")
        .contains("<td>&gt;= 12</td><td>&gt;= 0.5</td><td class=\"num\">3</td><td class=\"num\">30.0%</td>"
            + "<td class=\"num\">2</td><td class=\"num\">66.7%</td><td class=\"num\">21.00</td>")
        .contains("5 bins earning 0.00 to 40.00 points; 10 rows of the data, 4 bad")
        .contains(">25.00</text>", ">-5.00</text>")
        .contains(">21.0</text>", ">3 rows</text>", "&gt;= 12 × &gt;= 0.5: 21.0 (3 rows)");
    assertThat(SvgTextFit.problems(html)).isEmpty();
  }

  @Test
  void sections_repeatedOrSymbolOnlyNames_getNumberedChartNames() {
    ShapeTable table = table();
    ShapeTable twice = new ShapeTable(List.of(table.characteristics().get(0), table.characteristics().get(0)),
        10, 4);

    assertThat(ShapeSection.sections(twice)).extracting(s -> s.chartNames().get(0))
        .containsExactly("shape-months", "shape-2");
  }
}
