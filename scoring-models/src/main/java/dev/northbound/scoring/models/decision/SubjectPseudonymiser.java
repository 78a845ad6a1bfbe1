package dev.northbound.scoring.models.decision;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises bureau subject references with HMAC-SHA256 under a key the bank supplies, so that
 * audit records of the same person can be linked by whoever holds the key and by no one else. The
 * output is lower-case hex (64 characters) of {@code HMAC-SHA256(key, UTF-8 bytes of subjectRef)}.
 *
 * <p>Immutable and thread-safe. A {@link Mac} is not thread-safe, so each call works on its own:
 * a clone of a prototype initialised with the key once, when this pseudonymiser is created (cloning
 * skips the provider look-up and the key set-up that {@link Mac#getInstance} and {@link Mac#init}
 * cost on every call). The prototype is given an empty update once, when it is made, so that it
 * already holds the key's inner block (an HMAC starts by hashing it; an empty message changes
 * nothing else) and no clone hashes it again; after that the prototype is only ever read, never
 * updated. If the provider's Mac cannot be cloned (some hardware-backed providers), each call gets
 * a new Mac and initialises it, as before. A {@link ThreadLocal} Mac was the alternative and was
 * not chosen: in an application server it would leave a keyed Mac behind in every pooled thread,
 * for as long as the thread lives, for each pseudonymiser ever created, which is both a leak and
 * key material scattered where no one manages it.
 *
 * <p>The key is copied and never printed.
 */
public final class SubjectPseudonymiser {

  /** The shortest key accepted, in bytes (the HMAC-SHA256 output size). */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOTHING = new byte[0];

  private final SecretKeySpec key;
  /**
   * Initialised with the key and given its inner block, then never updated; empty when the
   * provider's Mac cannot be cloned.
   */
  private final Optional<Mac> prototype;

  private SubjectPseudonymiser(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    Mac mac = newMac(this.key);
    mac.update(NOTHING, 0, 0);
    this.prototype = cloneable(mac);
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
    Mac mac;
    if (prototype.isPresent()) {
      try {
        mac = (Mac) prototype.get().clone();
      } catch (CloneNotSupportedException e) {
        // cloneable() cloned it once already; a provider that could clone then cannot now is broken.
        throw new IllegalStateException("the HmacSHA256 provider stopped supporting clone", e);
      }
    } else {
      mac = newMac(key);
    }
    return hex(mac.doFinal(subjectRef.getBytes(StandardCharsets.UTF_8)));
  }

  /** Lower-case hex, two characters a byte (as {@code HexFormat.of().formatHex}). */
  private static String hex(byte[] bytes) {
    byte[] out = new byte[2 * bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** The Mac, if its provider can clone it (checked once, here). */
  private static Optional<Mac> cloneable(Mac mac) {
    try {
      mac.clone();
      return Optional.of(mac);
    } catch (CloneNotSupportedException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "SubjectPseudonymiser[HMAC-SHA256, key hidden]";
  }
}
