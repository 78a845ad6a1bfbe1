package dev.northbound.scoring.toolkit.data;

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
    // before: "quotes must be closed on the same line"; RFC 4180 lets a quoted field span lines, so
    // a quote left open runs to the end of the file and the error names the line it opened on
    assertThatThrownBy(() -> read("a,y\n\"x,bad\n1,good\n", ReadOptions.of("y", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2: quotes must be closed; found an unterminated quote");
  }

  @Test
  void read_quotedFieldSpanningLines_isOneCellAndLaterRowsKeepTheirLineNumbers() {
    // before: "/lines/2: quotes must be closed on the same line" (a hand-written line splitter)
    Dataset data = read("note,n,y\n\"two\nlines\",1,bad\n\"one, \"\"quoted\"\"\",2,good\n",
        ReadOptions.of("y", "bad").declaring("n", ColumnType.NUMERIC));
    assertThat(((CategoricalColumn) data.columns().get(0)).labels())
        .containsExactly("two\nlines", "one, \"quoted\"");
    assertThatThrownBy(() -> read("note,n,y\n\"two\nlines\",1,bad\n\"one\",x,good\n",
        ReadOptions.of("y", "bad").declaring("n", ColumnType.NUMERIC)))
        .hasMessage("/lines/4/n: must be a number; found a string of 1 character");
  }

  @Test
  void read_quotedMissingMarkerIsAValue() {
    Dataset data = read("c,y\n\"NA\",bad\nNA,good\n", ReadOptions.of("y", "bad"));
    CategoricalColumn c = (CategoricalColumn) data.columns().get(0);
    assertThat(c.labels()).containsExactly("NA");
    assertThat(c.codes()).containsExactly(0, CategoricalColumn.MISSING);
  }

  @Test
  void read_byteOrderMarkBeforeAQuotedHeaderName() {
    // a guard (the old reader passed too): the mark goes before the parser sees the quote
    Dataset data = read("\uFEFF\"a\",y\n1,bad\n", ReadOptions.of("y", "bad"));
    assertThat(data.columns()).extracting(Column::name).containsExactly("a");
  }

  @Test
  void read_headerOnly_isATableWithNoRows() {
    Dataset data = read("a,y\n", ReadOptions.of("y", "bad"));
    assertThat(data.rows()).isZero();
    assertThat(data.columns()).extracting(Column::name).containsExactly("a");
  }

  @Test
  void read_emptyFile() {
    assertThatThrownBy(() -> read("", ReadOptions.of("y", "bad")))
        .hasMessage("/lines/1: must be a header row; found an empty file");
  }

  @Test
  void read_blankFirstLine_isABlankHeader() {
    assertThatThrownBy(() -> read("\na,y\n1,bad\n", ReadOptions.of("y", "bad")))
        .hasMessage("/lines/1: column names must be distinct and not blank; found a repeated or blank name");
  }

  @Test
  void read_blankLinesAreSkippedButCounted() {
    assertThatThrownBy(() -> read("a,y\n\n  \n1,bad,3\n", ReadOptions.of("y", "bad")))
        .hasMessage("/lines/4: must have 2 fields; found 3 fields");
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
        .hasMessage("/lines/1: must declare the target column (--target); found only the"
            + " columns a, b");
  }

  @Test
  void read_noTargetColumn_listsAtMost30Columns() {
    StringBuilder header = new StringBuilder("c0");
    for (int i = 1; i < 32; i++) {
      header.append(",c").append(i);
    }
    assertThatThrownBy(() -> read(header + "\n", ReadOptions.of("y", "bad")))
        .hasMessageEndingWith("c28, c29 and 2 more");
  }

  @Test
  void read_badValueMatchesNoRow_listsTheTargetsValues() {
    // before: the table was read and training failed later with "found no bad rows"
    assertThatThrownBy(() -> read("a,y\n1,0\n2,1\n3,0\n", ReadOptions.of("y", "bad").requiringABadRow()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/1/y: must hold the bad value (--bad-value) in some row; found none;"
            + " the target's values are 0, 1");
  }

  @Test
  void read_badValueMatchesNoRow_isAcceptedForDataThatIsOnlyScored() {
    assertThat(read("a,y\n1,0\n", ReadOptions.of("y", "bad")).badCount()).isZero();
  }

  @Test
  void read_badValueMatchesNoRow_manyDistinctValuesAreNotEchoed() {
    StringBuilder csv = new StringBuilder("a,y\n");
    for (int i = 0; i < 11; i++) {
      csv.append(i).append(",id-").append(i).append('\n');
    }
    assertThatThrownBy(() -> read(csv.toString(), ReadOptions.of("y", "bad").requiringABadRow()))
        .hasMessage("/lines/1/y: must hold the bad value (--bad-value) in some row; found none;"
            + " the target's values are more than 10 distinct values (is --target the outcome"
            + " column?)");
  }

  @Test
  void read_notUtf8_isInvalidInput() throws java.io.IOException {
    // before: an UncheckedIOException ("cannot read the CSV text"), exit 1 in the CLI
    java.nio.file.Path file = java.nio.file.Files.createTempFile("not-utf8", ".csv");
    try {
      java.nio.file.Files.write(file, new byte[] {'a', ',', 'y', '\n', '1', ',', (byte) 0xFF, '\n'});
      assertThatThrownBy(() -> CsvReader.read(file, ReadOptions.of("y", "bad")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("/lines/1: must be UTF-8 text; found an ill-formed byte sequence on this line"
              + " or after it (save the file as UTF-8)");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void read_nanAndInfinityAreNotNumbers() {
    Dataset data = read("a,y\nNaN,bad\nInfinity,good\n",
        ReadOptions.of("y", "bad").withMissingMarkers(java.util.Set.of()));
    assertThat(data.columns().get(0)).isInstanceOf(CategoricalColumn.class);
    assertThat(((CategoricalColumn) data.columns().get(0)).labels())
        .isEqualTo(List.of("NaN", "Infinity"));
  }

  @Test
  void read_emptyLastCellAfterAQuotedCell_isMissing() {
    Dataset data = read("y,c\n\"bad\",\ngood,x\n", ReadOptions.of("y", "bad"));
    CategoricalColumn c = (CategoricalColumn) data.columns().get(0);
    assertThat(c.labels()).containsExactly("x");
    assertThat(c.codes()).containsExactly(CategoricalColumn.MISSING, 0);
  }
}
