package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import dev.northbound.scoring.core.document.CreditFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forgeries beyond a changed byte (those are {@link ExampleTamperTest}'s): a document re-signed under
 * another id, a registry entry with another algorithm, and a digest of the wrong length. Each is
 * rejected with its own reason, on every example document.
 */
class VerificationTamperTest {

  private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");

  static List<String> exampleFiles() {
    return ExampleTamperTest.exampleFiles().toList();
  }

  private record Example(String id, String issuer, byte[] bytes, FileHashRegistry registry) {}

  private static Example load(String name) throws IOException {
    Path dir = ExampleTamperTest.examples();
    FileHashRegistry registry = FileHashRegistry.load(dir.resolve("registry.json"));
    byte[] bytes = Files.readAllBytes(dir.resolve(name));
    String id = CreditFileReader.standard().peekDocumentId(bytes);
    return new Example(id, registry.lookup(id).orElseThrow().issuer(), bytes, registry);
  }

  private static Reason reasonOf(Runnable verification) {
    try {
      verification.run();
    } catch (VerificationException e) {
      return e.reason();
    }
    throw new AssertionError("verification passed");
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_reSignedUnderAnotherId_rejected(String name) throws IOException {
    Example e = load(name);
    String otherId = e.registry().entries().stream().map(RegisteredDigest::documentId)
        .filter(id -> !id.equals(e.id())).findFirst().orElseThrow();
    DocumentVerifier verifier = DocumentVerifier.of(e.registry());
    // 1. The document's id rewritten to another registered id, presented under that id.
    String text = new String(e.bytes(), StandardCharsets.UTF_8);
    byte[] relabelled = text.replace("\"documentId\": \"" + e.id() + "\"", "\"documentId\": \"" + otherId + "\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(reasonOf(() -> verifier.verify(otherId, relabelled))).isEqualTo(Reason.DIGEST_MISMATCH);
    // 2. The exact bytes re-registered by a rogue issuer under a new id: the expected issuer catches it,
    //    and without an issuer check the reader refuses bytes whose id is not the verified id.
    List<RegisteredDigest> entries = new ArrayList<>(e.registry().entries());
    RegisteredDigest rogue = DocumentIssuer.of("Rogue issuer", DigestAlgorithm.SHA_256,
        java.time.Clock.fixed(AT, java.time.ZoneOffset.UTC)).issue("rogue-000001", e.bytes());
    entries.add(rogue);
    DocumentVerifier withRogue = DocumentVerifier.of(InMemoryHashRegistry.copyOf(entries));
    assertThat(reasonOf(() -> withRogue.verify("rogue-000001", e.issuer(), e.bytes())))
        .isEqualTo(Reason.ISSUER_MISMATCH);
    VerifiedDocument underRogueId = withRogue.verify("rogue-000001", e.bytes());
    assertThatThrownBy(() -> CreditFileReader.standard().read(underRogueId))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/documentId: must equal the id the document was verified under; found another id");
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_registryEntryWithAnotherAlgorithm_rejected(String name) throws IOException {
    Example e = load(name);
    RegisteredDigest real = e.registry().lookup(e.id()).orElseThrow();
    // A weak algorithm with its own, correct digest of the bytes: refused outright.
    for (String weak : List.of("MD5", "SHA-1", "CRC32", "sha-0")) {
      String hex = weak.equals("MD5") || weak.equals("SHA-1") ? hexDigest(weak, e.bytes()) : real.digestHex();
      assertThat(reasonOf(() -> verifier(e, weak, hex).verify(e.id(), e.bytes()))).as(weak)
          .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }
    // The SHA-256 digest relabelled as SHA3-256 (same length): the bytes do not hash to it.
    assertThat(reasonOf(() -> verifier(e, "SHA3-256", real.digestHex()).verify(e.id(), e.bytes())))
        .isEqualTo(Reason.DIGEST_MISMATCH);
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_digestOfWrongLength_malformedDigest(String name) throws IOException {
    Example e = load(name);
    String hex = e.registry().lookup(e.id()).orElseThrow().digestHex();
    for (String wrong : List.of(hex.substring(0, 63), hex + "0", hex + "00", hex.substring(0, 32), "",
        hexDigest("SHA-512", e.bytes()))) {
      assertThat(reasonOf(() -> verifier(e, "SHA-256", wrong).verify(e.id(), e.bytes()))).as("%d hex", wrong.length())
          .isEqualTo(Reason.MALFORMED_DIGEST);
    }
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void verify_threeForgeries_threeDistinctReasons(String name) throws IOException {
    Example e = load(name);
    String hex = e.registry().lookup(e.id()).orElseThrow().digestHex();
    String otherId = e.registry().entries().stream().map(RegisteredDigest::documentId)
        .filter(id -> !id.equals(e.id())).findFirst().orElseThrow();
    Set<Reason> reasons = EnumSet.of(
        reasonOf(() -> DocumentVerifier.of(e.registry()).verify(otherId, e.bytes())),
        reasonOf(() -> verifier(e, "MD5", hexDigest("MD5", e.bytes())).verify(e.id(), e.bytes())),
        reasonOf(() -> verifier(e, "SHA-256", hex.substring(1)).verify(e.id(), e.bytes())));
    assertThat(reasons).containsExactlyInAnyOrder(Reason.DIGEST_MISMATCH, Reason.UNSUPPORTED_ALGORITHM,
        Reason.MALFORMED_DIGEST);
  }

  private static DocumentVerifier verifier(Example e, String algorithm, String hex) {
    return DocumentVerifier.of(InMemoryHashRegistry.of(new RegisteredDigest(e.id(), e.issuer(), algorithm, hex, AT)));
  }

  private static String hexDigest(String algorithm, byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (java.security.NoSuchAlgorithmException ex) {
      throw new AssertionError(ex);
    }
  }
}
