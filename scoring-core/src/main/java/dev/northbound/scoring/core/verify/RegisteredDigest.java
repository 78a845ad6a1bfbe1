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
   * @throws IllegalArgumentException if the id is malformed, or the issuer or algorithm is blank,
   *     longer than {@value #MAX_NAME_LENGTH} characters or holds a control or format character
   *     (line breaks, terminal escapes, bidi overrides: registry text reaches logs and terminals)
   */
  public RegisteredDigest {
    DocumentIds.require(Objects.requireNonNull(documentId, "documentId"));
    requireName(issuer, "issuer");
    requireName(algorithm, "algorithm");
    Objects.requireNonNull(digestHex, "digestHex");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** The longest issuer or algorithm name a registry may hold. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Checks an issuer or algorithm name as a registry entry needs it.
   *
   * @param s the name
   * @param name what it is, for the message ("issuer", "algorithm")
   * @throws IllegalArgumentException if it is blank, longer than {@value #MAX_NAME_LENGTH}
   *     characters or holds a control or format character; the message never quotes it
   */
  public static void requireName(String s, String name) {
    if (Objects.requireNonNull(s, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (s.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(name + " must have at most " + MAX_NAME_LENGTH + " characters");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        throw new IllegalArgumentException(name + " must hold no control or format characters");
      }
    }
  }
}
