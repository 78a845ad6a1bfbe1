package dev.northbound.scoring.toolkit.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecodedFeatureTableTest {

  private static final TabularInputs INPUTS = TabularInputs.derive(Dataset.of(List.of(
      NumericColumn.of("Age", 30, 40),
      CategoricalColumn.of("Housing", new int[] {0, 1}, List.of("own", "rent"))),
      new boolean[] {true, false}));

  @Test
  void recodedFeatureTable_usesTheTrainingDictionary() {
    // The rejects' own dictionary is in another order and holds a label training never saw.
    Dataset rejects = Dataset.of(List.of(
        CategoricalColumn.of("Housing", new int[] {0, 1, 2, -1}, List.of("rent", "free", "own")),
        NumericColumn.of("Extra", 1, 2, 3, 4),
        NumericColumn.of("Age", 20, 25, Double.NaN, 60)), new boolean[4]);
    Dataset recoded = INPUTS.recodedFeatureTable(rejects);
    assertThat(recoded.columns()).containsExactly(
        NumericColumn.of("age", 20, 25, Double.NaN, 60),
        CategoricalColumn.of("housing", new int[] {1, -1, 0, -1}, List.of("own", "rent")));
    assertThat(recoded.weighted()).isFalse();
  }

  @Test
  void recodedFeatureTable_keepsWeights() {
    Dataset rejects = Dataset.of(List.of(NumericColumn.of("Age", 20),
        CategoricalColumn.of("Housing", new int[] {0}, List.of("own"))), new boolean[1],
        new double[] {0.25});
    assertThat(INPUTS.recodedFeatureTable(rejects).weights()).containsExactly(0.25);
  }

  @Test
  void recodedFeatureTable_refusesAMissingColumn() {
    Dataset rejects = Dataset.of(List.of(NumericColumn.of("Age", 20)), new boolean[1]);
    assertThatThrownBy(() -> INPUTS.recodedFeatureTable(rejects))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/columns/Housing")
        .hasMessageContaining("must be a column of the data, as in training");
  }
}
