package dev.northbound.scoring.models.decision;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises bureau subject references with HMAC-SHA256 under a key the bank supplies, so that
 * audit records of the same person can be linked by whoever holds the key and by no one else. The
 * output is lower-case hex (64 characters) of {@code HMAC-SHA256(key, UTF-8 bytes of subjectRef)}.
 *
 * <p>Immutable and thread-safe (a new {@link Mac} per call). The key is copied and never printed.
 */
public final class SubjectPseudonymiser {

  /** The shortest key accepted, in bytes (the HMAC-SHA256 output size). */
  public static final int MIN_KEY_BYTES = 32;

  private final byte[] key;

  private SubjectPseudonymiser(byte[] key) {
    this.key = key.clone();
  }

  /**
   * A pseudonymiser with the given key (copied).
   *
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static SubjectPseudonymiser of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the key must have at least " + MIN_KEY_BYTES + " bytes, found "
          + key.length);
    }
    return new SubjectPseudonymiser(key);
  }

  /** The pseudonym of a subject reference: 64 lower-case hex characters. */
  public String pseudonymise(String subjectRef) {
    Objects.requireNonNull(subjectRef, "subjectRef");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(subjectRef.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "SubjectPseudonymiser[HMAC-SHA256, key hidden]";
  }
}
