package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.verify.VerificationStatus;
import java.util.Objects;

/**
 * One document a decision rests on, as its provenance recorded it: identifiers and digests only.
 *
 * @param documentId the issuer's document id
 * @param algorithm the digest algorithm
 * @param digestHex the digest of the bytes as received
 * @param status the verification outcome
 */
public record DocumentAudit(String documentId, String algorithm, String digestHex, VerificationStatus status) {
  /** Validates the components. */
  public DocumentAudit {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(digestHex, "digestHex");
    Objects.requireNonNull(status, "status");
  }
}
