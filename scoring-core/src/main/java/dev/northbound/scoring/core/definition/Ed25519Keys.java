package dev.northbound.scoring.core.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Ed25519 keys in standard PEM files, with the JDK's own providers: a private key as PKCS#8
 * ({@code -----BEGIN PRIVATE KEY-----}), a public key as X.509 SubjectPublicKeyInfo
 * ({@code -----BEGIN PUBLIC KEY-----}), the same files {@code openssl genpkey -algorithm ed25519}
 * and {@code openssl pkey -pubout} write. Stateless and thread-safe.
 */
public final class Ed25519Keys {

  /** The JCA name of the algorithm. */
  public static final String ALGORITHM = "Ed25519";

  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private Ed25519Keys() {}

  /** A new random key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
    }
  }

  /**
   * The id of a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. It names
   * the key in a signature and in messages; it proves nothing by itself.
   */
  public static String keyId(PublicKey key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(key, "key").getEncoded());
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * Reads an Ed25519 public key from a PEM file.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is larger than 64 KiB or not a PEM "PUBLIC KEY" holding an
   *     Ed25519 key (the message describes the file, never its content)
   */
  public static PublicKey readPublic(Path path) throws IOException {
    byte[] der = pem(readSmall(path), PUBLIC);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("must hold an Ed25519 public key; found a key of another kind", e);
    }
  }

  /**
   * Reads an Ed25519 private key from a PEM file.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is larger than 64 KiB or not a PEM "PRIVATE KEY" (PKCS#8)
   *     holding an Ed25519 key
   */
  public static PrivateKey readPrivate(Path path) throws IOException {
    byte[] der = pem(readSmall(path), PRIVATE);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("must hold an Ed25519 private key; found a key of another kind", e);
    }
  }

  /** The PEM text of a public key. */
  public static String publicPem(PublicKey key) {
    return pemText(PUBLIC, key.getEncoded());
  }

  /** The PEM text of a private key (PKCS#8). */
  public static String privatePem(PrivateKey key) {
    return pemText(PRIVATE, key.getEncoded());
  }

  /**
   * Writes a private key to a new file that only its owner may read or write (rw-------, set when
   * the file is created, on file systems with POSIX permissions).
   *
   * @throws FileAlreadyExistsException if the file exists: a key is never overwritten
   * @throws IOException if it cannot be written
   */
  public static void writePrivate(PrivateKey key, Path path) throws IOException {
    byte[] bytes = privatePem(key).getBytes(StandardCharsets.US_ASCII);
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null && Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(path, bytes, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.write(path, bytes, StandardOpenOption.CREATE_NEW);
    }
  }

  /**
   * Writes a public key to a new file.
   *
   * @throws FileAlreadyExistsException if the file exists
   * @throws IOException if it cannot be written
   */
  public static void writePublic(PublicKey key, Path path) throws IOException {
    Files.write(path, publicPem(key).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW);
  }

  private static String pemText(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /** The largest key file read: an Ed25519 PEM key is under 200 bytes; anything this big is another file. */
  static final int MAX_KEY_FILE_BYTES = 64 * 1024;

  private static String readSmall(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_KEY_FILE_BYTES) {
      throw new IllegalArgumentException("must be a PEM key file of at most " + MAX_KEY_FILE_BYTES
          + " bytes; found a file of " + size + " bytes");
    }
    return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
  }

  private static byte[] pem(String text, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    if (b < 0 || e < b) {
      throw new IllegalArgumentException("must be a PEM file with a " + label + " block; found none");
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("must be a PEM file with a base64 " + label + " block; found other text", ex);
    }
  }
}
