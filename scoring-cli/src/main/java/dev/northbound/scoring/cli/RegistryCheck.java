package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.util.Optional;

/**
 * Checks one document's exact bytes against the registry before the document is parsed, so a
 * digest failure always wins over a parse error. The id to look up is read with the reader's
 * minimal scan of the top-level {@code documentId} member (the rest is skipped, not parsed); the id
 * is not trusted by being read: the registered digest under it must match all the bytes. If not even
 * the id can be read (a truncated start, a byte-order mark the scan refuses, garbage), no digest can
 * be checked, and that is reported as a failed verification, {@link #UNREADABLE_ID}, never as a
 * parse error.
 */
final class RegistryCheck {

  /** The failure reason printed when no document id can be read from the bytes. */
  static final String UNREADABLE_ID = "UNREADABLE_ID";

  /**
   * One file's result.
   *
   * @param documentId the id read by the scan, if one could be read
   * @param verified the verified document, if verification passed
   * @param failure the failure, if verification failed with a registry answer
   */
  record Outcome(Optional<String> documentId, Optional<VerifiedDocument> verified,
      Optional<VerificationException> failure) {

    boolean passed() {
      return verified.isPresent();
    }

    /** The reason of a failure, {@link #UNREADABLE_ID} if no id could be read. */
    String reason() {
      return failure.map(f -> f.reason().name()).orElse(UNREADABLE_ID);
    }
  }

  private final DocumentVerifier verifier;
  private final CreditFileReader reader;

  RegistryCheck(DocumentVerifier verifier, CreditFileReader reader) {
    this.verifier = verifier;
    this.reader = reader;
  }

  DocumentVerifier verifier() {
    return verifier;
  }

  Outcome check(byte[] bytes) {
    String id;
    try {
      id = reader.peekDocumentId(bytes);
    } catch (InvalidInputException e) {
      return new Outcome(Optional.empty(), Optional.empty(), Optional.empty());
    }
    try {
      return new Outcome(Optional.of(id), Optional.of(verifier.verify(id, bytes)), Optional.empty());
    } catch (VerificationException e) {
      return new Outcome(Optional.of(id), Optional.empty(), Optional.of(e));
    }
  }
}
