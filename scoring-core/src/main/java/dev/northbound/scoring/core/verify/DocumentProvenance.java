package dev.northbound.scoring.core.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one document came from and how it was checked: the audit trail of a credit file.
 *
 * <p>It holds identifiers and digests only, never document content.
 *
 * @param documentId the id the issuer registered the document under
 * @param issuer the registered issuer, or {@code "unknown"} when the document was not found
 * @param algorithm the digest algorithm, for example {@code "SHA-256"}
 * @param digestHex the digest of the bytes as received, lower-case hex
 * @param checkedAt when verification ran (or the document was read, if unverified)
 * @param status the outcome
 * @param failure the failure reason code when {@code status} is {@link VerificationStatus#FAILED}
 */
public record DocumentProvenance(
    String documentId,
    String issuer,
    String algorithm,
    String digestHex,
    Instant checkedAt,
    VerificationStatus status,
    Optional<String> failure) {

  /** Validates the components. */
  public DocumentProvenance {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(digestHex, "digestHex");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    if ((status == VerificationStatus.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException("a failure reason is required exactly when status is FAILED");
    }
  }
}
