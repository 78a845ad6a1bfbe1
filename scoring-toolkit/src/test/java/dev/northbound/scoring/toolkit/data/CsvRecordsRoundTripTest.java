package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated tables written with RFC 4180 quoting (a field is quoted when it holds a comma, quote or
 * line break, starts or ends with white space, or is the only, empty, field of its row) read back
 * field for field, with the quoted flags and the line each record starts on.
 */
class CsvRecordsRoundTripTest {

  private static final String ALPHABET = "ab1.-, \"\n\r\t\u00e9\u4e2d";
  private static final int TABLES = 2_000;

  @Test
  void next_readsBackWhatAnRfc4180WriterWrote() throws IOException {
    SplittableRandom random = new SplittableRandom(16);
    int records = 0;
    int quotedFields = 0;
    for (int t = 0; t < TABLES; t++) {
      List<List<String>> rows = new ArrayList<>();
      int rowCount = 1 + random.nextInt(6);
      for (int r = 0; r < rowCount; r++) {
        List<String> row = new ArrayList<>();
        int width = 1 + random.nextInt(5);
        for (int c = 0; c < width; c++) {
          StringBuilder field = new StringBuilder();
          int length = random.nextInt(7);
          for (int i = 0; i < length; i++) {
            field.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
          row.add(field.toString());
        }
        rows.add(row);
      }
      StringBuilder text = new StringBuilder();
      List<Long> lines = new ArrayList<>();
      List<List<Boolean>> quoted = new ArrayList<>();
      String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
      for (List<String> row : rows) {
        lines.add(1 + breaks(text));
        List<Boolean> flags = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
          String field = row.get(c);
          boolean quote = needsQuotes(field) || (row.size() == 1 && field.isEmpty());
          flags.add(quote);
          text.append(c > 0 ? "," : "").append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        quoted.add(flags);
        text.append(lineBreak);
      }

      List<CsvRecord> read = new ArrayList<>();
      try (CsvRecords in = CsvRecords.open(new StringReader(text.toString()))) {
        for (Optional<CsvRecord> r = in.next(); r.isPresent(); r = in.next()) {
          read.add(r.get());
        }
      }

      assertThat(read).extracting(CsvRecord::values).as("table %d", t).isEqualTo(rows);
      assertThat(read).extracting(CsvRecord::quoted).as("table %d", t).isEqualTo(quoted);
      assertThat(read).extracting(CsvRecord::line).as("table %d", t).isEqualTo(lines);
      records += read.size();
      quotedFields += (int) quoted.stream().flatMap(List::stream).filter(q -> q).count();
    }
    // The figures of the seeded run, so that a change to the generator is seen.
    assertThat(records).isEqualTo(EXPECTED_RECORDS);
    assertThat(quotedFields).isEqualTo(EXPECTED_QUOTED);
  }

  private static final int EXPECTED_RECORDS = 7_004;
  private static final int EXPECTED_QUOTED = 14_253;

  private static boolean needsQuotes(String field) {
    return field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0
        || (!field.isEmpty() && (field.charAt(0) <= ' ' || field.charAt(field.length() - 1) <= ' '));
  }

  /** Line breaks in {@code text}: {@code \r\n}, {@code \r} and {@code \n} each count once. */
  private static long breaks(CharSequence text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
