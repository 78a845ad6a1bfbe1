package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditFileLinesTest {

  private static final String DOC = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"d-1\"}";

  @Test
  void writeThenParse_keepsExactDocumentBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CreditFileLines.write(out, DOC.getBytes(StandardCharsets.UTF_8), PerformanceOutcome.BAD, Optional.of("RETIREE"));
    String line = out.toString(StandardCharsets.UTF_8);
    assertThat(line).isEqualTo("{\"document\":" + DOC + ",\"outcome\":\"bad\",\"segment\":\"RETIREE\"}\n");
    byte[] bytes = line.trim().getBytes(StandardCharsets.UTF_8);
    CreditFileLine parsed = CreditFileLines.parse(7, bytes, bytes.length);
    assertThat(new String(parsed.documentBytes(), StandardCharsets.UTF_8)).isEqualTo(DOC);
    assertThat(parsed.outcome()).isEqualTo(PerformanceOutcome.BAD);
    assertThat(parsed.segment()).contains("RETIREE");
    assertThat(parsed.lineNumber()).isEqualTo(7);
  }

  @Test
  void parse_documentAfterOutcomeAndSpacesStillSlicesExactly() {
    String line = "{ \"outcome\" : \"good\" , \"document\" : " + DOC + " }";
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(CreditFileLines.parse(1, bytes, bytes.length).documentBytes(), StandardCharsets.UTF_8))
        .isEqualTo(DOC);
  }

  @Test
  void parse_errorsNamePointerAndRule() {
    assertThat(error("{\"document\":" + DOC + "}")).isEqualTo("/lines/3/outcome: is required; found nothing");
    assertThat(error("{\"document\":" + DOC + ",\"outcome\":\"maybe\"}"))
        .isEqualTo("/lines/3/outcome: must be \"good\", \"bad\" or \"indeterminate\"; found an unknown code");
    assertThat(error("{\"document\":" + DOC + ",\"outcome\":\"bad\",\"name\":\"x\"}"))
        .isEqualTo("/lines/3: must have only document, outcome and segment; found an unknown field");
    assertThat(error("{\"document\":" + DOC + ",\"outcome\":\"bad\"} x"))
        .isEqualTo("/lines/3: must be well-formed JSON; found malformed JSON");
    assertThat(error("{\"document\":[1],\"outcome\":\"bad\"}"))
        .isEqualTo("/lines/3/document: must be a JSON object; found another value");
    assertThat(error("{\"document\":" + DOC + ",\"outcome\":\"bad\",\"outcome\":\"good\"}"))
        .isEqualTo("/lines/3: must be well-formed JSON; found malformed JSON");
  }

  @Test
  void parse_repeatedFieldInsideTheDocument_isLeftToTheDocumentReader() {
    // The line parser checks only the line's own fields; the document's repeated field is reported by
    // the document reader, with its pointer inside the document.
    String doc = "{\"format\":\"northbound.credit-file\",\"version\":1,\"version\":1}";
    byte[] bytes = ("{\"document\":" + doc + ",\"outcome\":\"bad\"}").getBytes(StandardCharsets.UTF_8);
    CreditFileLine parsed = CreditFileLines.parse(3, bytes, bytes.length);
    assertThat(new String(parsed.documentBytes(), StandardCharsets.UTF_8)).isEqualTo(doc);
    assertThatThrownBy(() -> dev.northbound.scoring.core.document.CreditFileReader.standard()
            .readUnverified(parsed.documentBytes()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/version: must not repeat a field; found a repeated field");
  }

  @Test
  void parse_repeatedDocumentField_isMalformed() {
    assertThat(error("{\"document\":" + DOC + ",\"document\":" + DOC + ",\"outcome\":\"bad\"}"))
        .isEqualTo("/lines/3: must be well-formed JSON; found malformed JSON");
  }

  /**
   * The error of parse, which parseAndRead must raise word for word too, with a read that reads the
   * document as parseAndRead requires (the reader's strict reading confirms where the document ends).
   */
  private static String error(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    String message = null;
    try {
      CreditFileLines.parse(3, bytes, bytes.length);
    } catch (InvalidInputException e) {
      message = e.getMessage();
    }
    if (message == null) {
      throw new AssertionError("no error for " + line);
    }
    assertThatThrownBy(() -> CreditFileLines.parseAndRead(3, bytes, bytes.length,
            l -> dev.northbound.scoring.core.document.CreditFileReader.standard().readWithoutProvenance(l.documentBytes())))
        .isInstanceOf(InvalidInputException.class).hasMessage(message);
    return message;
  }

  @Test
  void splitter_handlesCrlfBlankLinesAndLastLineWithoutNewline() {
    List<String> seen = new ArrayList<>();
    long n = LineSplitter.forEach(new ByteArrayInputStream("a\r\n\n  \nbc\nd".getBytes(StandardCharsets.UTF_8)), 10,
        (no, buf, len) -> seen.add(no + ":" + new String(buf, 0, len, StandardCharsets.UTF_8)));
    assertThat(seen).containsExactly("1:a", "4:bc", "5:d");
    assertThat(n).isEqualTo(5);
  }

  @Test
  void splitter_rejectsLongLineBeforeReadingIt() {
    assertThatThrownBy(() -> LineSplitter.forEach(
            new ByteArrayInputStream("ok\n0123456789ABC\n".getBytes(StandardCharsets.UTF_8)), 10, (no, b, l) -> { }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2: must be at most 10 bytes long; found a longer line");
  }

  @Test
  void recordLength_dropsTrailingCarriageReturnAndMarksBlankLines() {
    assertThat(LineSplitter.recordLength("ab\r".getBytes(StandardCharsets.US_ASCII), 3)).isEqualTo(2);
    assertThat(LineSplitter.recordLength("a\rb".getBytes(StandardCharsets.US_ASCII), 3)).isEqualTo(3);
    assertThat(LineSplitter.recordLength(" \t\r".getBytes(StandardCharsets.US_ASCII), 3)).isEqualTo(-1);
    assertThat(LineSplitter.recordLength("\r".getBytes(StandardCharsets.US_ASCII), 1)).isEqualTo(-1);
    assertThat(LineSplitter.recordLength(new byte[0], 0)).isEqualTo(-1);
    assertThat(LineSplitter.recordLength(" x ".getBytes(StandardCharsets.US_ASCII), 2)).isEqualTo(2);
  }

  @Test
  void splitter_lineExactlyAtTheLimitIsKept() {
    List<String> seen = new ArrayList<>();
    LineSplitter.forEach(new ByteArrayInputStream("0123456789\r\nx".getBytes(StandardCharsets.UTF_8)), 11,
        (no, buf, len) -> seen.add(new String(buf, 0, len, StandardCharsets.UTF_8)));
    assertThat(seen).containsExactly("0123456789", "x");
  }

  @Test
  void splitter_anyChunkingGivesTheSameLinesAsSplittingTheText() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int size = random.nextInt(200_000);
      for (int i = 0; i < size; i++) {
        int r = random.nextInt(100);
        text.append(r < 2 ? '\n' : r < 3 ? ' ' : (char) ('a' + r % 26));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
      // The reference: split on \n, number from 1, drop blank lines, keep a last line without \n.
      List<String> expected = new ArrayList<>();
      String[] parts = text.toString().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        boolean last = i == parts.length - 1;
        if (!parts[i].isBlank() && !(last && parts[i].isEmpty())) {
          expected.add((i + 1) + ":" + parts[i]);
        }
      }
      int maxRead = 1 + random.nextInt(70_000);
      java.io.InputStream trickle = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + random.nextInt(maxRead)));
        }
      };
      List<String> seen = new ArrayList<>();
      LineSplitter.forEach(trickle, 1 << 20, (no, buf, len) -> seen.add(no + ":" + new String(buf, 0, len,
          StandardCharsets.US_ASCII)));
      assertThat(seen).as("round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void write_rejectsPrettyDocument() {
    assertThatThrownBy(() -> CreditFileLines.write(new ByteArrayOutputStream(),
            "{\n}".getBytes(StandardCharsets.UTF_8), PerformanceOutcome.GOOD, Optional.empty()))
        .hasMessage("the document must be compact: it contains a line break");
  }
}
