package dev.northbound.scoring.core.verify;

import java.time.Instant;
import java.util.Objects;

/**
 * What an issuer registered for one document: the digest of its exact bytes, and under which
 * algorithm. The digest is kept as registered, well-formed or not, so that a malformed entry is
 * reported as {@link dev.northbound.scoring.core.VerificationException.Reason#MALFORMED_DIGEST} when
 * a document is verified against it.
 *
 * @param documentId the id the document is registered under (see {@link DocumentIds})
 * @param issuer the issuer's name, for example "TransUnion HK"; not blank
 * @param algorithm the JCA name of the digest algorithm, for example "SHA-256"; not blank
 * @param digestHex the registered digest in hex, either case
 * @param registeredAt when the issuer registered it
 */
public record RegisteredDigest(
    String documentId, String issuer, String algorithm, String digestHex, Instant registeredAt) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the id is malformed or the issuer or algorithm is blank
   */
  public RegisteredDigest {
    DocumentIds.require(Objects.requireNonNull(documentId, "documentId"));
    notBlank(issuer, "issuer");
    notBlank(algorithm, "algorithm");
    Objects.requireNonNull(digestHex, "digestHex");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  private static void notBlank(String s, String name) {
    if (Objects.requireNonNull(s, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
