package dev.northbound.scoring.core.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files: read back what was written; anything else is refused by what it is, never echoed. */
class Ed25519KeysTest {

  @Test
  void writtenKeys_readBack(@TempDir Path dir) throws Exception {
    KeyPair pair = Ed25519Keys.generate();
    Ed25519Keys.writePrivate(pair.getPrivate(), dir.resolve("k.pem"));
    Ed25519Keys.writePublic(pair.getPublic(), dir.resolve("k.pub"));
    assertThat(Ed25519Keys.readPrivate(dir.resolve("k.pem")).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertThat(Ed25519Keys.readPublic(dir.resolve("k.pub")).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
  }

  @Test
  void aFileTooLargeForAKey_refusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    KeyPair pair = Ed25519Keys.generate();
    // a valid key followed by padding: one byte over the limit is refused by its size alone
    String pem = Ed25519Keys.publicPem(pair.getPublic());
    Path big = Files.writeString(dir.resolve("big.pub"), pem + "#".repeat(64 * 1024 + 1 - pem.length()));
    assertThatThrownBy(() -> Ed25519Keys.readPublic(big)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be a PEM key file of at most 65536 bytes; found a file of 65537 bytes");
    Path atLimit = Files.writeString(dir.resolve("limit.pub"), pem + "#".repeat(64 * 1024 - pem.length()));
    assertThat(Ed25519Keys.readPublic(atLimit).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
  }

  @Test
  void binaryFile_refusedAsNotPem(@TempDir Path dir) throws Exception {
    Path binary = Files.write(dir.resolve("bin.pem"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
    assertThatThrownBy(() -> Ed25519Keys.readPrivate(binary)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be a PEM file with a PRIVATE KEY block; found none");
  }
}
