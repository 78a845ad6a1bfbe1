package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any change to an example document's bytes, however small, fails verification. */
class ExampleTamperTest {

  static Path examples() {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs", "examples")),
        "skipped: system property northbound.repo.dir does not name the repository root");
    return Path.of(repo, "docs", "examples");
  }

  static Stream<String> exampleFiles() {
    return Stream.of("thick-file-professional.json", "thin-file-graduate.json", "recent-delinquency.json",
        "cross-border-trader.json");
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_everySingleByteFlip_digestMismatch(String name) throws IOException {
    Path dir = examples();
    FileHashRegistry registry = FileHashRegistry.load(dir.resolve("registry.json"));
    DocumentVerifier verifier = DocumentVerifier.of(registry);
    byte[] bytes = Files.readAllBytes(dir.resolve(name));
    String id = idOf(registry, bytes);
    assertThat(verifier.verify(id, bytes).size()).isEqualTo(bytes.length);
    int rejected = 0;
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] ^= 0x01;
      rejected += mismatch(verifier, id, bytes);
      bytes[i] ^= 0x01;
    }
    assertThat(rejected).isEqualTo(bytes.length);
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_thousandRandomMultiByteChanges_digestMismatch(String name) throws IOException {
    Path dir = examples();
    FileHashRegistry registry = FileHashRegistry.load(dir.resolve("registry.json"));
    DocumentVerifier verifier = DocumentVerifier.of(registry);
    byte[] original = Files.readAllBytes(dir.resolve(name));
    String id = idOf(registry, original);
    Random random = new Random(name.hashCode());
    int rejected = 0;
    for (int n = 0; n < 1000; n++) {
      byte[] bytes = original.clone();
      int changes = 2 + random.nextInt(15);
      for (int c = 0; c < changes; c++) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      }
      if (java.util.Arrays.equals(bytes, original)) {
        bytes[0] ^= 0x20; // two changes at one position cancelled out; keep the trial a real change
      }
      rejected += mismatch(verifier, id, bytes);
    }
    assertThat(rejected).isEqualTo(1000);
  }

  private static String idOf(FileHashRegistry registry, byte[] bytes) {
    String hex = DigestAlgorithm.SHA_256.digestHex(bytes);
    return registry.entries().stream().filter(e -> e.digestHex().equals(hex)).findFirst().orElseThrow().documentId();
  }

  private static int mismatch(DocumentVerifier verifier, String id, byte[] bytes) {
    try {
      verifier.verify(id, bytes);
      return 0;
    } catch (VerificationException e) {
      return e.reason() == Reason.DIGEST_MISMATCH ? 1 : 0;
    }
  }
}
