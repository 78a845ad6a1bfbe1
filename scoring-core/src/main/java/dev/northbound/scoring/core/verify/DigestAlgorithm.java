package dev.northbound.scoring.core.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest algorithm a document can be registered under, by its JCA name. SHA-256 is the default;
 * SHA-384, SHA-512, SHA-512/256, SHA3-256, SHA3-384 and SHA3-512 come with every JDK; SM3, the
 * Chinese national standard, is available when a JCA provider (for example Bouncy Castle) offers it.
 * Broken algorithms (MD5, SHA-1) are never accepted.
 *
 * <p>An algorithm, once {@linkplain #lookup found}, is remembered under the name it was asked by (up
 * to {@value #MAX_REMEMBERED} names), so that verifying a document does not search the providers each
 * time; a name that was not found is searched again on every lookup, so that a provider added later
 * (say, for SM3) is seen.
 *
 * <p>Instances are immutable and thread-safe; a fresh {@link MessageDigest} serves each call.
 */
public final class DigestAlgorithm {

  /** SHA-256, the default. */
  public static final DigestAlgorithm SHA_256 = new DigestAlgorithm("SHA-256", 32);

  /** Accepted names, upper case, with their digest lengths in bytes. */
  private static final Map<String, Integer> LENGTHS = Map.of(
      "SHA-256", 32,
      "SHA-384", 48,
      "SHA-512", 64,
      "SHA-512/256", 32,
      "SHA3-256", 32,
      "SHA3-384", 48,
      "SHA3-512", 64,
      "SM3", 32);

  private static final HexFormat HEX = HexFormat.of();

  /** The most names remembered; lookups by further names search the providers each time. */
  static final int MAX_REMEMBERED = 64;

  /** Names that were found, as asked (any case), with what was found. */
  private static final ConcurrentHashMap<String, Optional<DigestAlgorithm>> FOUND = new ConcurrentHashMap<>();

  private final String name;
  private final int digestLength;

  private DigestAlgorithm(String name, int digestLength) {
    this.name = name;
    this.digestLength = digestLength;
  }

  /**
   * The algorithm of that name, if it is accepted and this JVM has a provider for it. Names are
   * matched without regard to case.
   *
   * @param name a JCA name such as {@code "SHA-256"} or {@code "SM3"}
   * @return the algorithm, or empty if it is unknown, broken or has no provider here
   */
  public static Optional<DigestAlgorithm> lookup(String name) {
    Optional<DigestAlgorithm> remembered = FOUND.get(Objects.requireNonNull(name, "name"));
    if (remembered != null) {
      return remembered;
    }
    String key = name.toUpperCase(Locale.ROOT);
    Integer length = LENGTHS.get(key);
    if (length == null) {
      return Optional.empty();
    }
    try {
      MessageDigest.getInstance(key);
    } catch (NoSuchAlgorithmException e) {
      return Optional.empty();
    }
    Optional<DigestAlgorithm> found =
        Optional.of(key.equals(SHA_256.name) ? SHA_256 : new DigestAlgorithm(key, length));
    if (FOUND.size() < MAX_REMEMBERED) {
      FOUND.putIfAbsent(name, found);
    }
    return found;
  }

  /** The canonical JCA name, for example {@code "SHA-256"}. */
  public String name() {
    return name;
  }

  /** The digest length in bytes (32 for SHA-256, SHA3-256 and SM3). */
  public int digestLength() {
    return digestLength;
  }

  /** The length of a digest in hex characters: twice {@link #digestLength()}. */
  public int hexLength() {
    return 2 * digestLength;
  }

  /** The digest of {@code bytes}. */
  public byte[] digest(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return MessageDigest.getInstance(name).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      // lookup() found a provider; one cannot vanish from a running JVM.
      throw new IllegalStateException("digest algorithm " + name + " is no longer available", e);
    }
  }

  /** The digest of {@code bytes} in lower-case hex. */
  public String digestHex(byte[] bytes) {
    return HEX.formatHex(digest(bytes));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DigestAlgorithm other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
