package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ReadOptions#weightColumn(String)} in the CSV and ARFF readers. */
class WeightColumnTest {

  private static final ReadOptions WEIGHTED = ReadOptions.of("y", "bad").weightColumn("w");

  private static Dataset csv(String text, ReadOptions options) {
    return CsvReader.read(new StringReader(text), options);
  }

  @Test
  void csv_readsTheWeightColumnAsWeightsNotAsACharacteristic() {
    Dataset data = csv("x,w,y\n1,0.25,bad\n2,1,good\n3,2e0,good\n", WEIGHTED);
    assertThat(data.weighted()).isTrue();
    assertThat(data.weights()).containsExactly(0.25, 1, 2);
    assertThat(data.columns()).extracting(Column::name).containsExactly("x");
    assertThat(data.bad()).containsExactly(true, false, false);
  }

  @Test
  void csv_withoutAWeightColumnIsUnweightedAndKeepsAColumnCalledW() {
    Dataset data = csv("x,w,y\n1,0.25,bad\n2,1,good\n", ReadOptions.of("y", "bad"));
    assertThat(data.weighted()).isFalse();
    assertThat(data.columns()).extracting(Column::name).containsExactly("x", "w");
  }

  @Test
  void csv_missingWeightColumnNamesTheHeader() {
    assertThatThrownBy(() -> csv("x,y\n1,bad\n", WEIGHTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/1: must declare the weight column (w); found only the columns x, y");
  }

  @Test
  void csv_badWeightCellsNameLineAndColumn() {
    assertThatThrownBy(() -> csv("x,w,y\n1,1,bad\n2,0,good\n", WEIGHTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/3/w: a weight must be greater than 0; found 0");
    assertThatThrownBy(() -> csv("x,w,y\n1,-2,bad\n", WEIGHTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2/w: a weight must be greater than 0; found a negative number");
    assertThatThrownBy(() -> csv("x,w,y\n1,,bad\n", WEIGHTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2/w: a weight must not be missing; found a missing value");
    assertThatThrownBy(() -> csv("x,w,y\n1,heavy,bad\n", WEIGHTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("/lines/2/w: ");
  }

  @Test
  void arff_readsTheWeightColumn() {
    Dataset data = ArffReader.read(new StringReader("@relation t\n@attribute x numeric\n"
        + "@attribute w numeric\n@attribute y {good, bad}\n@data\n1,0.5,bad\n2,3,good\n"),
        WEIGHTED);
    assertThat(data.weights()).containsExactly(0.5, 3);
    assertThat(data.columns()).extracting(Column::name).containsExactly("x");
  }

  @Test
  void options_weightColumnCannotBeTheTargetOrIgnored() {
    assertThat(WEIGHTED.weightColumn()).isEqualTo(Optional.of("w"));
    assertThat(ReadOptions.of("y", "bad").weightColumn()).isEmpty();
    assertThat(WEIGHTED.ignoring("z").requiringABadRow().weightColumn()).contains("w");
    assertThatThrownBy(() -> ReadOptions.of("y", "bad").weightColumn("y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weight column y cannot be the target or ignored");
    assertThatThrownBy(() -> WEIGHTED.ignoring("w"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weight column w cannot be the target or ignored");
  }
}
