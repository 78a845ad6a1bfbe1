package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<CsvRecord> all(String text) throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (CsvRecords records = CsvRecords.open(new StringReader(text))) {
      for (Optional<CsvRecord> r = records.next(); r.isPresent(); r = records.next()) {
        out.add(r.get());
      }
    }
    return out;
  }

  @Test
  void next_quotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> records = all("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");
    assertThat(records).extracting(CsvRecord::values).containsExactly(
        List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "z"), List.of("last", "row"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
  }

  @Test
  void next_trimsUnquotedFieldsKeepsQuotedOnesAndTellsWhichWereQuoted() throws IOException {
    CsvRecord r = all("  a \t,  \" b \" , NA,\"NA\"\n").get(0);
    assertThat(r.values()).containsExactly("a", " b ", "NA", "NA");
    assertThat(r.quoted()).containsExactly(false, true, false, true);
  }

  @Test
  void next_skipsBlankLinesButCountsThem() throws IOException {
    List<CsvRecord> records = all("a,b\r\n\r\n \t \n1,2\r3,\n,\n");
    assertThat(records).extracting(CsvRecord::values)
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", ""), List.of("", ""));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 4L, 5L, 6L);
  }

  @Test
  void next_raggedRowsAreReturnedAsWritten() throws IOException {
    assertThat(all("a,b\n1\n1,2,3\n")).extracting(CsvRecord::size).containsExactly(2, 1, 3);
  }

  @Test
  void open_dropsAByteOrderMark() throws IOException {
    CsvRecord header = all("\uFEFF\"a\",b\n").get(0);
    assertThat(header.values()).containsExactly("a", "b");
    assertThat(header.isQuoted(0)).isTrue();
  }

  @Test
  void next_emptyText() throws IOException {
    assertThat(all("")).isEmpty();
    assertThat(all("\n\n")).isEmpty();
  }

  @Test
  void next_unterminatedQuote_pointsAtTheLineWhereTheFieldStarts() {
    assertThatThrownBy(() -> all("a,y\n1,bad\n\"x,bad\n2,good\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/3: quotes must be closed; found an unterminated quote");
  }

  @Test
  void next_textAfterAClosingQuote() {
    assertThatThrownBy(() -> all("a,y\n\"x\"z,bad\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2: a closing quote must be followed by a comma or the end of the line;"
            + " found text after a closing quote");
  }

  @Test
  void splitLine_numbersTheRecordAndErrorsWithTheGivenLine() {
    CsvRecord r = CsvRecords.splitLine("1,\"a,b\",", 7);
    assertThat(r.line()).isEqualTo(7);
    assertThat(r.values()).containsExactly("1", "a,b", "");
    assertThatThrownBy(() -> CsvRecords.splitLine("1,\"a", 9))
        .hasMessage("/lines/9: quotes must be closed; found an unterminated quote");
    assertThatThrownBy(() -> CsvRecords.splitLine("1,2\r3", 4))
        .hasMessage("/lines/4: must hold one record; found a carriage return inside the line");
  }

  @Test
  void splitLine_blankLineIsOneEmptyField() {
    assertThat(CsvRecords.splitLine("  ", 2).values()).containsExactly("");
  }

  @Test
  void next_emptyLastFieldAfterAQuotedOne_isUnquoted() throws IOException {
    // found by CsvRecordsRoundTripTest: Jackson's own quoted flag still said "quoted" here, so a
    // missing cell at the end of a row would have been read as the empty label
    List<CsvRecord> records = all("\"a\",\n\"b\",\"\"\n\"c\",");
    assertThat(records).extracting(CsvRecord::quoted)
        .containsExactly(List.of(true, false), List.of(true, true), List.of(true, false));
  }
}
