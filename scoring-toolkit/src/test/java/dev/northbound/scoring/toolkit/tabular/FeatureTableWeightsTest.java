package dev.northbound.scoring.toolkit.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The feature table of a weighted table keeps its weights; of an unweighted one, none. */
class FeatureTableWeightsTest {

  private static final String CSV = "income,w,y\n1200,0.5,bad\n900,2,good\n1500,1,good\n";

  @Test
  void featureTable_keepsTheWeights() {
    Dataset table = CsvReader.read(new StringReader(CSV),
        ReadOptions.of("y", "bad").weightColumn("w"));
    Dataset features = TabularInputs.derive(table).featureTable(table);
    assertThat(features.weighted()).isTrue();
    assertThat(features.weights()).containsExactly(0.5, 2, 1);
    assertThat(features.columns()).hasSize(1);
  }

  @Test
  void featureTable_ofAnUnweightedTableIsUnweighted() {
    Dataset table = CsvReader.read(new StringReader(CSV), ReadOptions.of("y", "bad"));
    assertThat(TabularInputs.derive(table).featureTable(table).weighted()).isFalse();
  }
}
