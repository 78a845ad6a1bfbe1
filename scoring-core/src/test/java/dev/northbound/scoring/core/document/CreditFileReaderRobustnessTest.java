package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ill-formed UTF-8 that Jackson's decoder lets through (found by {@link CreditFileReaderFuzzTest}):
 * an overlong {@code C0 80} read as U+0000, encoded surrogates read as lone surrogates, and
 * sequences above U+10FFFF. Each is now rejected at the field that holds it.
 */
class CreditFileReaderRobustnessTest {

  static Stream<String> illFormed() {
    return Stream.of("c080", "c1bf", "e08080", "e09fbf", "eda080", "edbfbf", "f08f8080", "f4908080", "f5808080",
        "f8888080", "ff", "80", "e282", "c3");
  }

  private static byte[] withBytesInBureau(byte[] inserted) {
    String doc = Samples.VALID;
    int at = doc.indexOf("TransUnion") + 3;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(doc.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(inserted);
    out.writeBytes(doc.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("illFormed")
  void readUnverified_illFormedUtf8InString_rejectedAtItsField(String hex) {
    byte[] bytes = withBytesInBureau(HexFormat.of().parseHex(hex));
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(bytes))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/bureau: must be valid UTF-8; found invalid UTF-8");
  }

  @ParameterizedTest
  @MethodSource("illFormed")
  void firstInvalid_illFormedSequence_itsOffset(String hex) {
    byte[] bytes = withBytesInBureau(HexFormat.of().parseHex(hex));
    assertThat(Utf8.firstInvalid(bytes)).isEqualTo(Samples.VALID.indexOf("TransUnion") + 3);
  }

  @Test
  void firstInvalid_wellFormedBoundaries_valid() {
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: the edges of table 3-7.
    String edges = "\u0080\u07ff\u0800\ud7ff\ue000\uffff\ud800\udc00\udbff\udfff 深圳";
    assertThat(Utf8.firstInvalid(edges.getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8.VALID);
    byte[] bytes = withBytesInBureau(edges.getBytes(StandardCharsets.UTF_8));
    assertThat(CreditFileReader.standard().readUnverified(bytes).bureauReport().orElseThrow().bureau())
        .isEqualTo("Tra" + edges + "nsUnion HK");
  }

  @Test
  void peekDocumentId_illFormedUtf8InSkippedValue_rejected() {
    // The id comes after the application here, so the application is skipped, not read.
    String doc = Samples.VALID.replace("\"documentId\":\"doc-1\",", "")
        .replace("\"ageBand\":\"AGE_25_34\",\"applicationDate\":\"2026-10-15\"}",
            "\"ageBand\":\"AGE_25_34\",\"applicationDate\":\"2026-10-15\"},\"documentId\":\"doc-1\"");
    int at = doc.indexOf("Shenzhen") + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(doc.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80});
    out.writeBytes(doc.substring(at).getBytes(StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> CreditFileReader.standard().peekDocumentId(bytes))
        .isInstanceOf(InvalidInputException.class).hasMessageEndingWith(": must be valid UTF-8; found invalid UTF-8");
  }
}
