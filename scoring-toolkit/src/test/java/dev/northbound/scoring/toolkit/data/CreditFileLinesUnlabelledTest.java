package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditFileLinesUnlabelledTest {

  private static final String DOC = "{\"format\":\"northbound.credit-file\",\"version\":1,\"documentId\":\"d-1\"}";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writeUnlabelledThenParseUnlabelled_hasNoOutcomeAndKeepsTheDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CreditFileLines.writeUnlabelled(out, bytes(DOC), Optional.of("RETIREE"));
    String line = out.toString(StandardCharsets.UTF_8);
    assertThat(line).isEqualTo("{\"document\":" + DOC + ",\"segment\":\"RETIREE\"}\n");
    byte[] b = bytes(line.trim());
    UnlabelledCreditFileLine parsed = CreditFileLines.parseUnlabelled(3, b, b.length);
    assertThat(new String(parsed.documentBytes(), StandardCharsets.UTF_8)).isEqualTo(DOC);
    assertThat(parsed.segment()).contains("RETIREE");
    assertThat(parsed.lineNumber()).isEqualTo(3);
  }

  @Test
  void writeUnlabelled_withoutSegmentIsTheDocumentAlone() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CreditFileLines.writeUnlabelled(out, bytes(DOC), Optional.empty());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"document\":" + DOC + "}\n");
  }

  @Test
  void parse_unlabelledLineIsStillAnErrorForLabelledReading() {
    byte[] b = bytes("{\"document\":" + DOC + "}");
    assertThatThrownBy(() -> CreditFileLines.parse(4, b, b.length))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/4/outcome: is required; found nothing");
  }

  @Test
  void parseUnlabelled_refusesAnOutcome() {
    byte[] b = bytes("{\"document\":" + DOC + ",\"outcome\":\"good\"}");
    assertThatThrownBy(() -> CreditFileLines.parseUnlabelled(5, b, b.length))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/5/outcome: must be absent in an unlabelled file; found an outcome");
  }

  @Test
  void parseUnlabelled_stillRequiresTheDocument() {
    byte[] b = bytes("{\"segment\":\"RETIREE\"}");
    assertThatThrownBy(() -> CreditFileLines.parseUnlabelled(6, b, b.length))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/6/document: is required; found nothing");
  }
}
