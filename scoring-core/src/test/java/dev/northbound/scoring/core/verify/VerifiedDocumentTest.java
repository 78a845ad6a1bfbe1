package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedDocumentTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
  private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static VerifiedDocument verified() {
    RegisteredDigest entry = new RegisteredDigest("doc-1", "TransUnion HK", "SHA-256", ABC_SHA256,
        Instant.parse("2026-10-12T02:00:00Z"));
    return DocumentVerifier.of(InMemoryHashRegistry.copyOf(List.of(entry))).verify("doc-1", ABC);
  }

  /** An output stream that overwrites every array it is handed cannot change the verified bytes. */
  @Test
  void openStream_transferToAnOutputStreamThatWritesBack_leavesTheBytesVerified() throws IOException {
    VerifiedDocument document = verified();
    OutputStream vandal = new OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
          b[i] = 'X';
        }
      }
    };
    try (InputStream in = document.openStream()) {
      assertThat(in.transferTo(vandal)).isEqualTo(3);
    }
    assertThat(document.bytes()).containsExactly('a', 'b', 'c');
  }

  @Test
  void openStream_transferTo_copiesWhatRemains() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = verified().openStream()) {
      assertThat(in.read()).isEqualTo('a');
      assertThat(in.transferTo(out)).isEqualTo(2);
    }
    assertThat(out.toByteArray()).containsExactly('b', 'c');
  }
}
