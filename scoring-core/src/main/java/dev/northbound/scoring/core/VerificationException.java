package dev.northbound.scoring.core;

import java.util.Objects;

/**
 * A document failed DVP-style verification. The {@link Reason} tells why; the message names the
 * document id and the reason, never the content.
 */
public final class VerificationException extends NorthboundException {

  /** Why verification failed. */
  public enum Reason {
    /** No digest is registered under the document id. */
    UNREGISTERED,
    /** The digest of the bytes differs from the registered digest. */
    DIGEST_MISMATCH,
    /** The registered algorithm is not supported here. */
    UNSUPPORTED_ALGORITHM,
    /** The registered issuer is not the expected issuer. */
    ISSUER_MISMATCH,
    /** The registered digest is malformed (wrong length or not hex). */
    MALFORMED_DIGEST,
    /** A definition file (model, policy) is not signed, but trusted keys were given. */
    UNSIGNED,
    /**
     * A definition file's signature verifies under none of the trusted keys: it was changed after
     * signing, or signed by a key that is not trusted.
     */
    SIGNATURE_INVALID
  }

  private final String documentId;
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param documentId the document id that failed
   * @param reason why
   * @param detail a short explanation without document content
   */
  public VerificationException(String documentId, Reason reason, String detail) {
    super("document " + Objects.requireNonNull(documentId, "documentId") + " failed verification: "
        + Objects.requireNonNull(reason, "reason") + " (" + Objects.requireNonNull(detail, "detail") + ")");
    this.documentId = documentId;
    this.reason = reason;
  }

  /** The document id. */
  public String documentId() {
    return documentId;
  }

  /** Why verification failed. */
  public Reason reason() {
    return reason;
  }
}
