package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WoE and IV on fixed bins against tools/reference/binning_reference.py (numpy, scipy arff). */
class BinningReferenceTest {

  private static final JsonNode FIXTURE = Fixtures.read("BinningReferenceTest.json");

  private static List<Attribute.Special> specials(JsonNode node) {
    List<Attribute.Special> out = new ArrayList<>();
    node.forEach(s -> out.add(Attribute.Special.of(s.get("name").asText(),
        s.get("value").asDouble())));
    return out;
  }

  private static BinningResult fixed(Column column, boolean[] bad, JsonNode fixture) {
    if (fixture.get("kind").asText().equals("numeric")) {
      return Binner.fixedNumeric((NumericColumn) column, bad, Fixtures.doubles(fixture.get("cuts")),
          specials(fixture.get("specials")));
    }
    List<List<String>> groups = new ArrayList<>();
    fixture.get("groups").forEach(g -> {
      List<String> labels = new ArrayList<>();
      g.forEach(l -> labels.add(l.asText()));
      groups.add(labels);
    });
    return Binner.fixedCategorical((CategoricalColumn) column, bad, groups);
  }

  private static void assertMatches(BinningResult result, JsonNode fixture) {
    JsonNode bins = fixture.get("bins");
    assertThat(result.bins()).hasSize(bins.size());
    for (int i = 0; i < bins.size(); i++) {
      WoeBin bin = result.bins().get(i);
      JsonNode expected = bins.get(i);
      assertThat(bin.goods()).as("goods of bin %d", i).isEqualTo(expected.get("goods").asLong());
      assertThat(bin.bads()).as("bads of bin %d", i).isEqualTo(expected.get("bads").asLong());
      assertThat(bin.woe()).as("WoE of bin %d", i)
          .isCloseTo(expected.get("woe").asDouble(), within(1e-9));
      assertThat(bin.iv()).as("IV of bin %d", i)
          .isCloseTo(expected.get("iv").asDouble(), within(1e-9));
    }
    assertThat(result.iv()).isCloseTo(fixture.get("iv").asDouble(), within(1e-9));
  }

  @Test
  void fixedBins_germanCreditMatchesReference() {
    Dataset data = SharedData.germanCredit();
    for (JsonNode fixture : FIXTURE.get("german")) {
      Column column = data.column(fixture.get("column").asText()).orElseThrow();
      assertMatches(fixed(column, data.bad(), fixture), fixture);
    }
  }

  @Test
  void fixedBins_syntheticWithMissingSpecialAndEmptyCellsMatchesReference() {
    JsonNode synthetic = FIXTURE.get("synthetic");
    NumericColumn column = NumericColumn.of("x", Fixtures.doubles(synthetic.get("values")));
    BinningResult result = fixed(column, Fixtures.booleans(synthetic.get("bad")),
        synthetic.get("case"));
    assertMatches(result, synthetic.get("case"));
    // the fixture exercises the smoothing: a bin and the special value have no bads.
    assertThat(result.bins()).filteredOn(b -> b.bads() == 0 && b.goods() > 0).hasSize(2);
  }
}
