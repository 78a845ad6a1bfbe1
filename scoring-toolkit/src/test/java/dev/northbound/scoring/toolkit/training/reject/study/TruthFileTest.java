package dev.northbound.scoring.toolkit.training.reject.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthFileTest {

  /** Three rejects on lines 1, 2 and 4 of their file. */
  static final RejectFile REJECTS = new RejectFile(
      Dataset.of(List.of(NumericColumn.of("x", 1, 2, 3)), new boolean[3]),
      List.of("syn-1", "syn-2", "syn-3"), new long[] {1, 2, 4});

  @TempDir Path dir;

  private Path truth(String... lines) throws IOException {
    Path file = dir.resolve("truth.jsonl");
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void read_anyOrder_alignsToTheRejects() throws IOException {
    boolean[] bad = TruthFile.read(truth("{\"id\":\"syn-3\",\"outcome\":\"bad\"}",
        "{\"id\":\"syn-1\",\"outcome\":\"good\"}", "{\"outcome\":\"bad\",\"id\":\"syn-2\"}"), REJECTS);
    assertThat(bad).containsExactly(false, true, true);
  }

  @Test
  void read_missingId_namesTheRejectsLine() throws IOException {
    Path file = truth("{\"id\":\"syn-1\",\"outcome\":\"good\"}", "{\"id\":\"syn-2\",\"outcome\":\"bad\"}");
    assertThatThrownBy(() -> TruthFile.read(file, REJECTS))
        .isInstanceOfSatisfying(TruthFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(TruthFileException.Reason.MISSING_ID);
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.pointer()).isEqualTo("/rejects/lines/4");
        })
        .hasMessage("/rejects/lines/4: every reject must have a truth line; found no line with the"
            + " id of this reject");
  }

  @Test
  void read_duplicateId_namesTheSecondLine() throws IOException {
    Path file = truth("{\"id\":\"syn-1\",\"outcome\":\"good\"}", "{\"id\":\"syn-2\",\"outcome\":\"bad\"}",
        "{\"id\":\"syn-1\",\"outcome\":\"bad\"}");
    assertThatThrownBy(() -> TruthFile.read(file, REJECTS))
        .isInstanceOfSatisfying(TruthFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(TruthFileException.Reason.DUPLICATE_ID);
          assertThat(e.line()).isEqualTo(3);
        })
        .hasMessage("/lines/3/id: must not repeat; found the id of line 1");
  }

  @Test
  void read_unknownId_namesTheLine() throws IOException {
    Path file = truth("{\"id\":\"syn-1\",\"outcome\":\"good\"}", "{\"id\":\"syn-9\",\"outcome\":\"bad\"}");
    assertThatThrownBy(() -> TruthFile.read(file, REJECTS))
        .isInstanceOfSatisfying(TruthFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(TruthFileException.Reason.UNKNOWN_ID);
          assertThat(e.line()).isEqualTo(2);
        })
        .hasMessage("/lines/2/id: must be the documentId of a reject; found an id not among the"
            + " rejects");
  }

  @Test
  void read_malformedLines_areRefusedWithTheirField() throws IOException {
    assertMalformed(truth("not json"), "/lines/1: must be a JSON object; found a line that is not one");
    assertMalformed(truth("{\"id\":\"syn-1\",\"outcome\":\"indeterminate\"}"),
        "/lines/1/outcome: is required, \"good\" or \"bad\"; found another value");
    assertMalformed(truth("{\"outcome\":\"bad\"}"), "/lines/1/id: is required, a non-empty string;"
        + " found none");
    assertMalformed(truth("{\"id\":\"syn-1\",\"outcome\":\"bad\",\"segment\":\"x\"}"),
        "/lines/1/segment: is not allowed (only id and outcome); found an extra field");
  }

  private static void assertMalformed(Path file, String message) {
    assertThatThrownBy(() -> TruthFile.read(file, REJECTS))
        .isInstanceOfSatisfying(TruthFileException.class,
            e -> assertThat(e.reason()).isEqualTo(TruthFileException.Reason.MALFORMED))
        .hasMessage(message);
  }
}
