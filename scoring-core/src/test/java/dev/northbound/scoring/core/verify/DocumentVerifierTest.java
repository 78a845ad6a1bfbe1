package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentVerifierTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
  private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final Instant T = Instant.parse("2026-10-15T08:00:00Z");
  private static final Instant REGISTERED = Instant.parse("2026-10-12T02:00:00Z");

  private static DocumentVerifier verifier(RegisteredDigest... entries) {
    return DocumentVerifier.of(InMemoryHashRegistry.of(entries)).withClock(Clock.fixed(T, ZoneOffset.UTC));
  }

  private static RegisteredDigest entry(String id, String algorithm, String hex) {
    return new RegisteredDigest(id, "TransUnion HK", algorithm, hex, REGISTERED);
  }

  @Test
  void verify_matchingDigest_verifiedWithProvenance() {
    VerifiedDocument doc = verifier(entry("d1", "SHA-256", ABC_SHA256)).verify("d1", ABC);
    assertThat(doc.provenance()).isEqualTo(new DocumentProvenance("d1", "TransUnion HK", "SHA-256", ABC_SHA256, T,
        VerificationStatus.VERIFIED, Optional.empty()));
    assertThat(doc.bytes()).isEqualTo(ABC);
  }

  @Test
  void verify_upperCaseRegisteredHex_verified() {
    assertThat(verifier(entry("d1", "SHA-256", ABC_SHA256.toUpperCase(Locale.ROOT))).verify("d1", ABC).documentId())
        .isEqualTo("d1");
  }

  @Test
  void verify_mixedCaseRegisteredHex_provenanceHasLowerCaseDigest() {
    String mixed = ABC_SHA256.substring(0, 32).toUpperCase(Locale.ROOT) + ABC_SHA256.substring(32);
    assertThat(verifier(entry("d1", "SHA-256", mixed)).verify("d1", ABC).provenance().digestHex())
        .isEqualTo(ABC_SHA256);
  }

  @Test
  void verify_callerChangesBytesAfterwards_documentKeepsVerifiedBytes() {
    byte[] bytes = ABC.clone();
    VerifiedDocument doc = verifier(entry("d1", "SHA-256", ABC_SHA256)).verify("d1", bytes);
    bytes[0] = 'x';
    doc.bytes()[1] = 'y';
    assertThat(doc.bytes()).isEqualTo(ABC);
  }

  @Test
  void verify_unknownId_unregistered() {
    assertFails(verifier(entry("d1", "SHA-256", ABC_SHA256)), "d2", ABC, Reason.UNREGISTERED,
        "document d2 failed verification: UNREGISTERED (no digest is registered under this id)");
  }

  @Test
  void verify_otherBytes_digestMismatch() {
    assertFails(verifier(entry("d1", "SHA-256", ABC_SHA256)), "d1", "abd".getBytes(StandardCharsets.US_ASCII),
        Reason.DIGEST_MISMATCH,
        "document d1 failed verification: DIGEST_MISMATCH (the SHA-256 digest of the bytes differs from the registered digest)");
  }

  @Test
  void verify_verifiedUnderOneId_failsUnderAnother() {
    DocumentVerifier v = verifier(entry("d1", "SHA-256", ABC_SHA256),
        entry("d2", "SHA-256", DigestAlgorithm.SHA_256.digestHex("other".getBytes(StandardCharsets.US_ASCII))));
    assertThat(v.verify("d1", ABC).documentId()).isEqualTo("d1");
    assertThatThrownBy(() -> v.verify("d2", ABC)).extracting(e -> ((VerificationException) e).reason())
        .isEqualTo(Reason.DIGEST_MISMATCH);
  }

  @Test
  void verify_md5Registered_unsupportedAlgorithm() {
    assertFails(verifier(entry("d1", "MD5", "900150983cd24fb0d6963f7d28e17f72")), "d1", ABC,
        Reason.UNSUPPORTED_ALGORITHM,
        "document d1 failed verification: UNSUPPORTED_ALGORITHM (registered algorithm MD5 is not supported here)");
  }

  @Test
  void verify_sm3WithoutProvider_unsupportedAlgorithm() {
    assumeTrue(DigestAlgorithm.lookup("SM3").isEmpty(), "skipped: a JCA provider offers SM3 here");
    // SM3("abc") from GB/T 32905-2016, appendix A.1; the digest is well-formed, the algorithm missing.
    assertFails(verifier(entry("d1", "SM3", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")),
        "d1", ABC, Reason.UNSUPPORTED_ALGORITHM,
        "document d1 failed verification: UNSUPPORTED_ALGORITHM (registered algorithm SM3 is not supported here)");
  }

  @Test
  void verify_sha3Registered_verifiedUnderSha3() {
    String hex = "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532";
    assertThat(verifier(entry("d1", "SHA3-256", hex)).verify("d1", ABC).provenance().algorithm()).isEqualTo("SHA3-256");
  }

  @Test
  void verify_sha256DigestRegisteredAsSha512_malformedDigest() {
    assertFails(verifier(entry("d1", "SHA-512", ABC_SHA256)), "d1", ABC, Reason.MALFORMED_DIGEST,
        "document d1 failed verification: MALFORMED_DIGEST (registered digest has 64 hex characters, SHA-512 needs 128)");
  }

  @Test
  void verify_nonHexDigest_malformedDigest() {
    assertFails(verifier(entry("d1", "SHA-256", "z" + ABC_SHA256.substring(1))), "d1", ABC, Reason.MALFORMED_DIGEST,
        "document d1 failed verification: MALFORMED_DIGEST (registered digest is not hex)");
  }

  @Test
  void verify_otherIssuer_issuerMismatch() {
    assertFails(() -> verifier(entry("d1", "SHA-256", ABC_SHA256)).verify("d1", "Nova Credit", ABC),
        Reason.ISSUER_MISMATCH,
        "document d1 failed verification: ISSUER_MISMATCH (registered by TransUnion HK, expected Nova Credit)");
  }

  @Test
  void failed_digestMismatch_failedProvenanceWithReasonCode() {
    DocumentVerifier v = verifier(entry("d1", "SHA-256", ABC_SHA256));
    byte[] other = "abd".getBytes(StandardCharsets.US_ASCII);
    VerificationException e = org.junit.jupiter.api.Assertions.assertThrows(VerificationException.class,
        () -> v.verify("d1", other));
    assertThat(v.failed(e, other)).isEqualTo(new DocumentProvenance("d1", "TransUnion HK", "SHA-256",
        DigestAlgorithm.SHA_256.digestHex(other), T, VerificationStatus.FAILED, Optional.of("DIGEST_MISMATCH")));
  }

  @Test
  void failed_unregistered_unknownIssuer() {
    DocumentVerifier v = verifier();
    VerificationException e = org.junit.jupiter.api.Assertions.assertThrows(VerificationException.class,
        () -> v.verify("d9", ABC));
    assertThat(v.failed(e, ABC)).isEqualTo(new DocumentProvenance("d9", "unknown", "SHA-256", ABC_SHA256, T,
        VerificationStatus.FAILED, Optional.of("UNREGISTERED")));
  }

  private static void assertFails(DocumentVerifier v, String id, byte[] bytes, Reason reason, String message) {
    assertFails(() -> v.verify(id, bytes), reason, message);
  }

  private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason,
      String message) {
    assertThatThrownBy(call).isInstanceOf(VerificationException.class).hasMessage(message)
        .extracting(e -> ((VerificationException) e).reason()).isEqualTo(reason);
  }
}
