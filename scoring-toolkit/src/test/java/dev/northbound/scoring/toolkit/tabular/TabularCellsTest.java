package dev.northbound.scoring.toolkit.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularCellsTest {

  private static final String TRAINING = """
      Housing Type,income,a/b~c,y
      own,12000,1,good
      rent,8000,2,bad
      mortgage,NA,3,good
      """;

  private static final TabularInputs INPUTS =
      TabularInputs.derive(CsvReader.read(new StringReader(TRAINING), ReadOptions.of("y", "bad")));
  private static final TabularCells CELLS = INPUTS.cells();

  /** Reads one cell of the numeric column {@code income} through the CSV reader, as the local engine does. */
  private static double csvNumber(String cell) {
    Dataset one = CsvReader.read(new StringReader("income,y\n" + cell + ",good\n"),
        INPUTS.readOptions("y", "bad"));
    return ((NumericColumn) one.column("income").orElseThrow()).value(0);
  }

  @Test
  void cells_describeTheInputColumnsInSchemaOrder() {
    assertThat(CELLS.width()).isEqualTo(3);
    assertThat(List.of(CELLS.name(0), CELLS.name(1), CELLS.name(2))).containsExactly("Housing Type", "income", "a/b~c");
    assertThat(List.of(CELLS.categorical(0), CELLS.categorical(1), CELLS.categorical(2)))
        .containsExactly(true, false, false);
    assertThat(CELLS.pointer(2)).isEqualTo("/a~1b~0c"); // RFC 6901: ~ as ~0, / as ~1
  }

  @Test
  void number_sameValuesAsTheCsvReader() {
    for (String cell : List.of("12000", "-1.5", "+.5", "2e3", "7.", "1E-2", " 42 ", "", "NA", "?")) {
      double expected = csvNumber(cell);
      assertThat(Double.valueOf(CELLS.number(1, cell))).as(cell).isEqualTo(Double.valueOf(expected)); // NaN equals NaN
    }
    assertThat(CELLS.number(1, "NA")).isNaN();
    assertThat(CELLS.number(1, "2e3")).isEqualTo(2000.0);
  }

  @Test
  void number_notANumber_sameRuleAndDescriptionAsTheCsvReader() {
    for (String cell : List.of("12x", "NaN", "Infinity", "0x1F", "1,5", "1d", "--1")) {
      String quoted = cell.contains(",") ? "\"" + cell + "\"" : cell;
      InvalidInputException local = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
          () -> csvNumber(quoted));
      assertThat(local.pointer()).isEqualTo("/lines/2/income");
      assertThatThrownBy(() -> CELLS.number(1, cell)).as(cell).isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("pointer", "/income")
          .hasFieldOrPropertyWithValue("rule", local.rule())
          .hasFieldOrPropertyWithValue("found", local.found());
    }
    assertThatThrownBy(() -> CELLS.number(1, "12x"))
        .hasFieldOrPropertyWithValue("rule", "must be a number")
        .hasFieldOrPropertyWithValue("found", "a string of 3 characters");
  }

  @Test
  void number_outOfRange_sameRuleAsTheCsvReader() {
    InvalidInputException local = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> csvNumber("1e999"));
    assertThatThrownBy(() -> CELLS.number(1, "1e999"))
        .hasFieldOrPropertyWithValue("pointer", "/income")
        .hasFieldOrPropertyWithValue("rule", local.rule())
        .hasFieldOrPropertyWithValue("found", local.found());
    assertThatThrownBy(() -> CELLS.number(1, Double.NEGATIVE_INFINITY))
        .hasFieldOrPropertyWithValue("rule", "must be a finite number")
        .hasFieldOrPropertyWithValue("found", "a number out of range");
    assertThat(CELLS.number(1, Double.NaN)).isNaN();
    assertThat(CELLS.number(1, 3.25)).isEqualTo(3.25);
  }

  @Test
  void code_sameCodesAsBindingATable() {
    // A table whose own dictionary is ordered differently and holds a label the model does not know.
    Dataset data = CsvReader.read(new StringReader("""
        y,Housing Type,income,a/b~c
        good,castle,1,1
        good,mortgage,1,1
        bad,own,1,1
        good,rent,1,1
        """), INPUTS.readOptions("y", "bad"));
    TabularRows rows = INPUTS.bind(data);
    String[] labels = {"castle", "mortgage", "own", "rent"};
    for (int r = 0; r < labels.length; r++) {
      assertThat(Double.valueOf(CELLS.code(0, labels[r]))).isEqualTo(Double.valueOf(rows.row(r)[0]));
    }
    assertThat(CELLS.code(0, "own")).isEqualTo(0.0); // first seen in training
    assertThat(CELLS.code(0, "mortgage")).isEqualTo(2.0);
    assertThat(CELLS.code(0, "castle")).isNaN(); // unknown: the missing bin
    assertThat(rows.unknownLabelRows()).containsEntry("Housing Type", 1L);
    assertThatThrownBy(() -> CELLS.code(1, "own")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input column 1 is numeric");
  }

  @Test
  void write_nanIsUnavailable() {
    FeatureBuffer buffer = FeatureBuffer.of(INPUTS.schema());
    TabularCells.write(new double[] {1, Double.NaN, 3}, buffer);
    assertThat(buffer.values()[0]).isEqualTo(1.0);
    assertThat(buffer.isMissing(1)).isTrue();
    assertThat(buffer.missingReason(1)).contains(MissingReason.UNAVAILABLE);
    assertThat(buffer.values()[2]).isEqualTo(3.0);
  }
}
