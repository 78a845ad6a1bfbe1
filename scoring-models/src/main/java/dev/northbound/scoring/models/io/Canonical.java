package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northbound.scoring.core.definition.CanonicalJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seal of model files: the SHA-256 of a tree's canonical form ({@link CanonicalJson#bytes}),
 * and the pretty form the files are written in ({@link CanonicalJson#pretty}).
 */
final class Canonical {

  static final String ALGORITHM = "SHA-256";

  private Canonical() {}

  /** The canonical bytes of {@code node}: {@link CanonicalJson#bytes}, the one canonical form. */
  static byte[] canonicalBytes(JsonNode node) {
    return CanonicalJson.bytes(node);
  }

  /** The pretty, deterministic bytes of {@code node}, keys in tree order, with a final newline. */
  static byte[] prettyBytes(JsonNode node) {
    return CanonicalJson.pretty(node);
  }

  /** The lower-case hex SHA-256 of the canonical bytes of {@code node}. */
  static String digest(JsonNode node) {
    return sha256Hex(canonicalBytes(node));
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
