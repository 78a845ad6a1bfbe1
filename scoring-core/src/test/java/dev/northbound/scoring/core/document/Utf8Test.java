package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {

  /** The first ill-formed sequence in every position of a 40-byte ASCII run, and around it. */
  @Test
  void firstInvalid_atEveryOffsetOfAnAsciiRun() {
    byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    for (byte[] b : bad) {
      for (int at = 0; at <= 40; at++) {
        byte[] doc = new byte[41 + b.length];
        Arrays.fill(doc, (byte) 'a');
        System.arraycopy(b, 0, doc, at, b.length);
        assertThat(Utf8.firstInvalid(doc)).as("at %d", at).isEqualTo(at);
      }
    }
  }

  /**
   * The first ill-formed sequence at every offset of a 200-byte ASCII run, read 32 bytes at a time:
   * every position of a block of 32, of a word of 8, and of the tail after them.
   */
  @Test
  void firstInvalid_atEveryOffsetOfALongAsciiRun() {
    for (int at = 0; at < 200; at++) {
      byte[] doc = new byte[200];
      Arrays.fill(doc, (byte) 'a');
      doc[at] = (byte) 0xC0;
      if (at + 1 < doc.length) {
        doc[at + 1] = (byte) 0x80;
      }
      assertThat(Utf8.firstInvalid(doc)).as("at %d", at).isEqualTo(at);
      byte[] valid = Arrays.copyOf(doc, at);
      assertThat(Utf8.firstInvalid(valid)).as("%d bytes", at).isEqualTo(Utf8.VALID);
    }
  }

  /** Valid text of any length, ASCII or not: the multi-byte "é", "中" and "😀" after 0 to 17 ASCII bytes. */
  @Test
  void firstInvalid_validTextOfAnyLength() {
    for (String tail : new String[] {"", "é", "中", "😀"}) {
      for (int n = 0; n < 18; n++) {
        byte[] doc = ("x".repeat(n) + tail + "y".repeat(n % 9)).getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(doc)).isEqualTo(Utf8.VALID);
      }
    }
  }

  /** 20,000 random mostly-ASCII arrays: the same offset as the JDK's strict decoder finds. */
  @Test
  void firstInvalid_agreesWithTheJdkDecoder() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int k = 0; k < 20_000; k++) {
      byte[] doc = new byte[rnd.nextInt(64)];
      for (int i = 0; i < doc.length; i++) {
        doc[i] = (byte) (rnd.nextInt(10) == 0 ? 0x80 + rnd.nextInt(128) : 0x20 + rnd.nextInt(95));
      }
      assertThat(Utf8.firstInvalid(doc)).isEqualTo(reference(doc));
    }
  }

  /** The JDK's own strict UTF-8 decoder: the offset of the first malformed sequence, if any. */
  private static long reference(byte[] b) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(2 * b.length + 2), true);
    return result.isError() ? in.position() : Utf8.VALID;
  }
}
