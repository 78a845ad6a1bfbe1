package dev.northbound.scoring.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static Dataset read(String text, ReadOptions options) {
    return CsvReader.read(new StringReader(text), options);
  }

  @Test
  void read_infersTypesAndMissingMarkers() {
    Dataset data = read("income,city,id,target\n"
        + "1200.5,\"Hong Kong, SAR\",a1,bad\n"
        + "NA,Shenzhen,a2,good\n"
        + "?,,a3,good\n"
        + "-3e2,\"Hong Kong, SAR\",a4,bad\n",
        ReadOptions.of("target", "bad").ignoring("id"));
    assertThat(data.columns()).extracting(Column::name).containsExactly("income", "city");
    assertThat(((NumericColumn) data.columns().get(0)).values())
        .containsExactly(1200.5, Double.NaN, Double.NaN, -300.0);
    CategoricalColumn city = (CategoricalColumn) data.columns().get(1);
    assertThat(city.labels()).containsExactly("Hong Kong, SAR", "Shenzhen");
    assertThat(city.codes()).containsExactly(0, 1, CategoricalColumn.MISSING, 0);
    assertThat(data.bad()).containsExactly(true, false, false, true);
  }

  @Test
  void read_declaredCategoricalKeepsNumbersAsLabels() {
    Dataset data = read("zone,y\n1,bad\n2,good\n",
        ReadOptions.of("y", "bad").declaring("zone", ColumnType.CATEGORICAL));
    assertThat(((CategoricalColumn) data.columns().get(0)).labels()).containsExactly("1", "2");
  }

  @Test
  void read_declaredNumericWithTextNamesLineAndColumnWithoutTheValue() {
    assertThatThrownBy(() -> read("income,y\n100,bad\nlots,good\n",
        ReadOptions.of("y", "bad").declaring("income", ColumnType.NUMERIC)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/3/income: must be a number; found a string of 4 characters");
  }

  @Test
  void read_wrongFieldCount() {
    assertThatThrownBy(() -> read("a,y\n1,bad\n2,good,3\n", ReadOptions.of("y", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/3: must have 2 fields; found 3 fields");
  }

  @Test
  void read_unterminatedQuote() {
    assertThatThrownBy(() -> read("a,y\n\"x,bad\n", ReadOptions.of("y", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2: quotes must be closed on the same line; found an unterminated quote");
  }

  @Test
  void read_missingTarget() {
    assertThatThrownBy(() -> read("a,y\n1,\n", ReadOptions.of("y", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2/y: the target must not be missing; found a missing value");
  }

  @Test
  void read_noTargetColumn() {
    assertThatThrownBy(() -> read("a,b\n1,2\n", ReadOptions.of("y", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/1: must declare the target column y; found no such column");
  }

  @Test
  void read_nanAndInfinityAreNotNumbers() {
    Dataset data = read("a,y\nNaN,bad\nInfinity,good\n",
        ReadOptions.of("y", "bad").withMissingMarkers(java.util.Set.of()));
    assertThat(data.columns().get(0)).isInstanceOf(CategoricalColumn.class);
    assertThat(((CategoricalColumn) data.columns().get(0)).labels())
        .isEqualTo(List.of("NaN", "Infinity"));
  }
}
