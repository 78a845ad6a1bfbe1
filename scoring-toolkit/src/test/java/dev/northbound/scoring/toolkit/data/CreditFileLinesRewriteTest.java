package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CreditFileLinesRewriteTest {

  private static String rewrite(String line, UnaryOperator<byte[]> convert) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CreditFileLines.rewrite(4, b, b.length, convert, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final UnaryOperator<byte[]> TO_X = d -> "{\"x\":1}".getBytes(StandardCharsets.US_ASCII);

  @Test
  void rewrite_keepsOutcomeSegmentOrTheirAbsence() {
    assertThat(rewrite("{\"segment\":\"S\", \"document\": {\"a\": [1, 2]}, \"outcome\":\"bad\"}", d -> {
      assertThat(new String(d, StandardCharsets.UTF_8)).isEqualTo("{\"a\": [1, 2]}");
      return TO_X.apply(d);
    })).isEqualTo("{\"document\":{\"x\":1},\"outcome\":\"bad\",\"segment\":\"S\"}\n");
    assertThat(rewrite("{\"document\":{}}", TO_X)).isEqualTo("{\"document\":{\"x\":1}}\n");
    assertThat(rewrite("{\"document\":{},\"outcome\":\"indeterminate\"}", TO_X))
        .isEqualTo("{\"document\":{\"x\":1},\"outcome\":\"indeterminate\"}\n");
  }

  @Test
  void rewrite_pointsIntoTheLineAndItsDocument() {
    assertThatThrownBy(() -> rewrite("{\"document\":{},\"outcome\":\"ok\"}", TO_X))
        .hasMessage("/lines/4/outcome: must be \"good\", \"bad\" or \"indeterminate\"; found an unknown code");
    assertThatThrownBy(() -> rewrite("{\"outcome\":\"good\"}", TO_X))
        .hasMessage("/lines/4/document: is required; found nothing");
    assertThatThrownBy(() -> rewrite("{\"document\":{}}", d -> {
      throw new InvalidInputException("/application/amount", "must be positive", "zero");
    })).isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/4/document/application/amount: must be positive; found zero");
  }
}
