package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditFileLines#parseAndRead} against its definition: {@link CreditFileLines#parse} followed
 * by the read, on the same line, must give the same result or the same first error, word for word.
 * (The errors of the line's own fields are checked through both paths in {@link CreditFileLinesTest}.)
 */
class CreditFileLinesParseAndReadTest {

  private static final CreditFileReader READER = CreditFileReader.standard();
  private static final List<String> LINES = generated(3);
  private static final String DOC = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"d-1\"}";
  /** Bytes that matter to JSON and to the brace matcher, and two that do not. */
  private static final String SIGNIFICANT = "{}[]\"\\,: x0";

  private static List<String> generated(int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticEvaluationData.writeLines(out, 11L, n);
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }

  /** The read every caller does: the document without provenance, errors under the line's pointer. */
  private static Object read(CreditFileLine line) {
    CreditFile file;
    try {
      file = READER.readWithoutProvenance(line.documentBytes());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("/lines/" + line.lineNumber() + "/document" + e.pointer(), e.rule(), e.found(), e);
    }
    return List.of(file, line);
  }

  /** The definition: parse, then read. */
  private static Object parseThenRead(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    try {
      return read(CreditFileLines.parse(3, b, b.length));
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }

  private static Object parseAndRead(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    Object[] result = new Object[1];
    try {
      CreditFileLines.parseAndRead(3, b, b.length, l -> result[0] = read(l));
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
    return result[0];
  }

  @Test
  void closingBrace_countsOutsideStringsOnly() {
    // Index of the closing brace, counted by hand: {"a":"}"} closes at 8.
    assertThat(closing("{\"a\":\"}\"}")).isEqualTo(8);
    // An escaped quote does not end the string: {"a":"\"}"} closes at 10.
    assertThat(closing("{\"a\":\"\\\"}\"}")).isEqualTo(10);
    // An escaped backslash does: {"a":"\\"} closes at 9.
    assertThat(closing("{\"a\":\"\\\\\"}")).isEqualTo(9);
    // Nested objects and arrays: {"a":[1,{"b":2}]} closes at 16.
    assertThat(closing("{\"a\":[1,{\"b\":2}]}")).isEqualTo(16);
    assertThat(closing("{\"a\":1")).isEqualTo(-1);
    assertThat(closing("{\"a\":\"}")).isEqualTo(-1);
    assertThat(closing("{\"a\":1]")).isEqualTo(-1);
  }

  private static int closing(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return LineLayout.closingBrace(b, 0, b.length);
  }

  @Test
  void parseAndRead_generatedLines_theSameFileAndLine() {
    for (String line : LINES) {
      Object expected = parseThenRead(line);
      assertThat(expected).isInstanceOf(List.class);
      assertThat(parseAndRead(line)).isEqualTo(expected);
    }
  }

  @Test
  void parseAndRead_balancedButMalformedDocument_theLineErrorAsParse() {
    // The braces match, so the line is taken apart; the document is not JSON, so the reader fails and
    // the line's own error, which parse raises first, is the one thrown.
    String line = "{\"document\":{\"format\":,\"version\":1},\"outcome\":\"bad\"}";
    assertThat(parseAndRead(line)).isEqualTo("/lines/3: must be well-formed JSON; found malformed JSON")
        .isEqualTo(parseThenRead(line));
  }

  @Test
  void parseAndRead_wellFormedDocumentTheReaderRejects_theReadersError() {
    String line = "{\"document\":" + DOC + ",\"outcome\":\"bad\"}";
    assertThat(parseAndRead(line)).isEqualTo(parseThenRead(line))
        .isEqualTo("/lines/3/document/application: must be present; found nothing");
  }

  @Test
  void parseAndRead_otherLayouts_asParse() {
    String doc = LINES.get(1).substring("{\"document\":".length(), LINES.get(1).lastIndexOf(",\"outcome\""));
    String spaced = "{ \"document\" : " + doc + " , \"outcome\" : \"good\" }";
    String outcomeFirst = "{\"outcome\":\"bad\",\"document\":" + doc + "}";
    assertThat(parseAndRead(spaced)).isEqualTo(parseThenRead(spaced)).isInstanceOf(List.class);
    assertThat(parseAndRead(outcomeFirst)).isEqualTo(parseThenRead(outcomeFirst)).isInstanceOf(List.class);
  }

  /** One edit of a generated line: at a position, delete a byte, or insert or put one of {@link #SIGNIFICANT}. */
  record Edit(int line, double at, int kind, char c) {
    String applyTo(String s) {
      int i = (int) (at * s.length());
      switch (kind) {
        case 0:
          return s.substring(0, i) + s.substring(Math.min(s.length(), i + 1));
        case 1:
          return s.substring(0, i) + c + s.substring(i);
        default:
          return s.substring(0, i) + c + s.substring(Math.min(s.length(), i + 1));
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> one = Combinators.combine(Arbitraries.integers().between(0, LINES.size() - 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2),
        Arbitraries.of(SIGNIFICANT.chars().mapToObj(ch -> (char) ch).toList())).as(Edit::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 1500, seed = "20261122")
  void parseAndRead_editedLines_sameAsParseThenRead(@ForAll("edits") List<Edit> edits) {
    String line = LINES.get(edits.get(0).line());
    for (Edit e : edits) {
      line = new Edit(0, e.at(), e.kind(), e.c()).applyTo(line);
    }
    assertThat(parseAndRead(line)).isEqualTo(parseThenRead(line));
  }

  @Test
  void lastRest_theLastBraceBeforeTheOutcome() {
    // {"a":{},"outcome":"x"},"outcome":"bad"}: the braces at 6 and 21 are each followed by
    // ,"outcome":" and the last one wins; none when the rest is in another layout.
    byte[] b = "{\"a\":{},\"outcome\":\"x\"},\"outcome\":\"bad\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(LineLayout.lastRest(b, 0, b.length)).isEqualTo(21);
    assertThat(LineLayout.lastRest(b, 0, 21)).isEqualTo(6);
    byte[] other = "{\"a\":1},\"segment\":\"s\",\"outcome\":\"bad\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(LineLayout.lastRest(other, 0, other.length)).isEqualTo(-1);
  }

  @Test
  void parseAndRead_restsAsParseReadsThem() {
    String doc = LINES.get(0).substring("{\"document\":".length(), LINES.get(0).lastIndexOf(",\"outcome\""));
    List<String> rests = List.of(",\"outcome\":\"good\"}", ",\"outcome\":\"indeterminate\",\"segment\":\"\"}",
        ",\"outcome\":\"bad\",\"segment\":\"a}b,c{d[]e :f\"}", ",\"outcome\":\"bad\",\"segment\":\"q\\\"u\"}",
        ",\"outcome\":\"bad\",\"segment\":\"\u00e9t\u00e9\"}", ",\"outcome\":\"bad\",\"segment\":\"\\u0041\"}",
        ",\"outcome\":\"bad\",\"segment\":\"" + "s".repeat(64) + "\"}",
        ",\"outcome\":\"bad\",\"segment\":\"" + "s".repeat(65) + "\"}",
        ",\"outcome\":\"bad\",\"segment\":\"\t\"}", ",\"outcome\":\"bad\",\"segment\":\"\u007f\"}",
        ",\"outcome\":\"bad\" }", ",\"outcome\":\"bad\"} ", ",\"outcome\":\"Bad\"}", ",\"outcome\":\"ba\"}",
        ",\"outcome\":\"bad\",\"segment\":1}", ",\"outcome\":\"bad\",\"outcome\":\"bad\"}",
        ",\"outcome\":\"bad\",\"segment\":\"s\",\"x\":1}", ",\"outcome\":\"bad\",\"segment\":\"s\"",
        ",\"outcome\":\"bad\"}}", ",\"outcome\":\"bad\",\"document\":{}}", ",\"segment\":\"s\",\"outcome\":\"bad\"}",
        ",\"outcome\":\"bad\"},\"outcome\":\"good\"}", ",\"outcome\":\"}");
    for (String rest : rests) {
      String line = "{\"document\":" + doc + rest;
      assertThat(parseAndRead(line)).as(rest).isEqualTo(parseThenRead(line));
    }
    assertThat(parseAndRead("{\"document\":" + doc + rests.get(2))).isInstanceOf(List.class);
  }

  @Test
  void parseAndRead_outcomeInsideTheDocument_theDocumentsOwnEnd() {
    // The document holds an object followed by ,"outcome":" in a nested object: not its end.
    String doc = LINES.get(0).substring("{\"document\":".length(), LINES.get(0).lastIndexOf(",\"outcome\""));
    String nested = doc.substring(0, doc.length() - 1) + ",\"x\":{\"y\":{},\"outcome\":\"bad\"}}";
    for (String rest : List.of(",\"outcome\":\"good\"}", ",\"segment\":\"s\",\"outcome\":\"good\"}", "}")) {
      String line = "{\"document\":" + nested + rest;
      assertThat(parseAndRead(line)).as(rest).isEqualTo(parseThenRead(line));
    }
  }

  @Property(tries = 1500, seed = "20261208")
  void parseAndRead_editedRests_sameAsParseThenRead(@ForAll("edits") List<Edit> edits) {
    // The same edits within the last 80 bytes, where the rest and the document's end are found.
    String line = LINES.get(edits.get(0).line());
    for (Edit e : edits) {
      int from = line.length() - 80;
      String tail = new Edit(0, e.at(), e.kind(), e.c()).applyTo(line.substring(from));
      line = line.substring(0, from) + tail;
    }
    assertThat(parseAndRead(line)).isEqualTo(parseThenRead(line));
  }
}
