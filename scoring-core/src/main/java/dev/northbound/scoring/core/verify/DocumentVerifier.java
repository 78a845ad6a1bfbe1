package dev.northbound.scoring.core.verify;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * DVP-style verification: a document is trusted only if the digest of its exact bytes, as
 * received, matches what its issuer registered. The bytes are never re-encoded or normalised.
 *
 * <p>Checks, in order: an entry is registered under the id ({@code UNREGISTERED}); its issuer is
 * the expected one, when one is expected ({@code ISSUER_MISMATCH}); its algorithm is supported here
 * ({@code UNSUPPORTED_ALGORITHM}); its digest is hex of the algorithm's length ({@code
 * MALFORMED_DIGEST}); the digests are equal, compared in constant time ({@code DIGEST_MISMATCH}).
 *
 * <p>Instances are immutable and thread-safe when the registry is.
 */
public final class DocumentVerifier {

  private static final HexFormat HEX = HexFormat.of();

  private final HashRegistry registry;
  private final Clock clock;

  private DocumentVerifier(HashRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A verifier over {@code registry}, dated by the UTC system clock. */
  public static DocumentVerifier of(HashRegistry registry) {
    return new DocumentVerifier(registry, Clock.systemUTC());
  }

  /** This verifier with another clock, which dates the provenance it records. */
  public DocumentVerifier withClock(Clock clock) {
    return new DocumentVerifier(registry, clock);
  }

  /**
   * Verifies {@code bytes} against the digest registered under {@code documentId}.
   *
   * @return the verified document, with a copy of the bytes and provenance status VERIFIED
   * @throws VerificationException with reason UNREGISTERED, UNSUPPORTED_ALGORITHM, MALFORMED_DIGEST
   *     or DIGEST_MISMATCH
   */
  public VerifiedDocument verify(String documentId, byte[] bytes) {
    return check(documentId, Optional.empty(), bytes);
  }

  /**
   * As {@link #verify(String, byte[])}, and also requires that {@code expectedIssuer} registered it.
   *
   * @throws VerificationException as {@link #verify(String, byte[])}, or with reason ISSUER_MISMATCH
   */
  public VerifiedDocument verify(String documentId, String expectedIssuer, byte[] bytes) {
    return check(documentId, Optional.of(Objects.requireNonNull(expectedIssuer, "expectedIssuer")), bytes);
  }

  /**
   * The provenance that records a failed verification in a credit file: status FAILED, the reason
   * code, the registered issuer and algorithm if an entry exists and its algorithm is supported
   * (otherwise issuer {@code "unknown"} and SHA-256), and the digest of the bytes as received.
   *
   * @param failure the failure {@link #verify(String, byte[])} threw
   * @param bytes the bytes that failed
   * @return the provenance, dated by this verifier's clock
   */
  public DocumentProvenance failed(VerificationException failure, byte[] bytes) {
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(bytes, "bytes");
    Optional<RegisteredDigest> entry = registry.lookup(failure.documentId());
    String issuer = entry.map(RegisteredDigest::issuer).orElse("unknown");
    DigestAlgorithm algorithm = entry.flatMap(e -> DigestAlgorithm.lookup(e.algorithm())).orElse(DigestAlgorithm.SHA_256);
    return new DocumentProvenance(failure.documentId(), issuer, algorithm.name(), algorithm.digestHex(bytes),
        clock.instant(), VerificationStatus.FAILED, Optional.of(failure.reason().name()));
  }

  private VerifiedDocument check(String documentId, Optional<String> expectedIssuer, byte[] bytes) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(bytes, "bytes");
    byte[] copy = bytes.clone();
    Optional<RegisteredDigest> found = registry.lookup(documentId);
    if (found.isEmpty()) {
      throw new VerificationException(documentId, Reason.UNREGISTERED, "no digest is registered under this id");
    }
    RegisteredDigest entry = found.get();
    if (!entry.documentId().equals(documentId)) {
      throw new IllegalStateException("the registry answered a lookup with an entry for another id");
    }
    if (expectedIssuer.isPresent() && !expectedIssuer.get().equals(entry.issuer())) {
      throw new VerificationException(documentId, Reason.ISSUER_MISMATCH,
          "registered by " + entry.issuer() + ", expected " + expectedIssuer.get());
    }
    Optional<DigestAlgorithm> supported = DigestAlgorithm.lookup(entry.algorithm());
    if (supported.isEmpty()) {
      throw new VerificationException(documentId, Reason.UNSUPPORTED_ALGORITHM,
          "registered algorithm " + entry.algorithm() + " is not supported here");
    }
    DigestAlgorithm algorithm = supported.get();
    byte[] registered = decode(documentId, entry.digestHex(), algorithm);
    byte[] actual = algorithm.digest(copy);
    if (!MessageDigest.isEqual(registered, actual)) {
      throw new VerificationException(documentId, Reason.DIGEST_MISMATCH,
          "the " + algorithm.name() + " digest of the bytes differs from the registered digest");
    }
    // The digests are equal, so the registered hex, in lower case, is the hex of the actual digest
    // (and is that very string when it was registered in lower case, as it mostly is).
    DocumentProvenance provenance = new DocumentProvenance(documentId, entry.issuer(), algorithm.name(),
        entry.digestHex().toLowerCase(Locale.ROOT), clock.instant(), VerificationStatus.VERIFIED,
        Optional.empty());
    return new VerifiedDocument(copy, provenance);
  }

  private static byte[] decode(String documentId, String hex, DigestAlgorithm algorithm) {
    if (hex.length() != algorithm.hexLength()) {
      throw new VerificationException(documentId, Reason.MALFORMED_DIGEST, "registered digest has "
          + hex.length() + " hex characters, " + algorithm.name() + " needs " + algorithm.hexLength());
    }
    try {
      return HEX.parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new VerificationException(documentId, Reason.MALFORMED_DIGEST, "registered digest is not hex");
    }
  }
}
