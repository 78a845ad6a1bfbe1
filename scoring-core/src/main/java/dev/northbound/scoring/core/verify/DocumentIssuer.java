package dev.northbound.scoring.core.verify;

import java.time.Clock;
import java.util.Objects;

/**
 * The issuing side of verification: computes the digest of a document's exact bytes and produces
 * the {@link RegisteredDigest} to add to a registry. Used by tests, demos and banks' integration
 * tests; a real issuer anchors the digest on the DVP instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentIssuer {

  private final String issuer;
  private final DigestAlgorithm algorithm;
  private final Clock clock;

  private DocumentIssuer(String issuer, DigestAlgorithm algorithm, Clock clock) {
    if (Objects.requireNonNull(issuer, "issuer").isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    this.issuer = issuer;
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An issuer that registers SHA-256 digests, dated by the UTC system clock. */
  public static DocumentIssuer of(String issuer) {
    return new DocumentIssuer(issuer, DigestAlgorithm.SHA_256, Clock.systemUTC());
  }

  /** An issuer with the given algorithm and clock. */
  public static DocumentIssuer of(String issuer, DigestAlgorithm algorithm, Clock clock) {
    return new DocumentIssuer(issuer, algorithm, clock);
  }

  /** The issuer's name. */
  public String issuer() {
    return issuer;
  }

  /**
   * The registration of {@code bytes} under {@code documentId}: their digest, lower-case hex.
   *
   * @throws IllegalArgumentException if the id is malformed
   */
  public RegisteredDigest issue(String documentId, byte[] bytes) {
    return new RegisteredDigest(documentId, issuer, algorithm.name(), algorithm.digestHex(bytes), clock.instant());
  }
}
