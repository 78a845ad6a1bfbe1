package dev.northbound.scoring.core.definition;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Ed25519 public keys whose signatures a loader accepts on definition files (models,
 * policies). Several keys may be trusted at once, which is how a bank rotates its signing key:
 * deploy the new public key next to the old one, re-sign, then retire the old one. Never empty.
 * Immutable and thread-safe.
 */
public final class TrustedKeys {

  private final Map<String, PublicKey> byId;

  private TrustedKeys(Map<String, PublicKey> byId) {
    this.byId = byId;
  }

  /**
   * Trusts the given keys.
   *
   * @throws IllegalArgumentException if there is none, or one is not an Ed25519 key
   */
  public static TrustedKeys of(Collection<PublicKey> keys) {
    Map<String, PublicKey> map = new LinkedHashMap<>();
    for (PublicKey k : Objects.requireNonNull(keys, "keys")) {
      if (!Ed25519Keys.ALGORITHM.equals(Objects.requireNonNull(k, "key").getAlgorithm())
          && !"EdDSA".equals(k.getAlgorithm())) {
        throw new IllegalArgumentException("a trusted key must be an Ed25519 key, found a "
            + k.getAlgorithm() + " key");
      }
      map.put(Ed25519Keys.keyId(k), k);
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException("at least one trusted key is required");
    }
    return new TrustedKeys(Map.copyOf(map));
  }

  /** Trusts the given keys. */
  public static TrustedKeys of(PublicKey... keys) {
    return of(List.of(keys));
  }

  /**
   * Trusts the public keys in the given PEM files.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if there is no file or one does not hold an Ed25519 public key
   */
  public static TrustedKeys load(Collection<Path> pemFiles) throws IOException {
    List<PublicKey> keys = new ArrayList<>();
    for (Path p : pemFiles) {
      keys.add(Ed25519Keys.readPublic(p));
    }
    return of(keys);
  }

  /** The trusted key with this id, if any. */
  public Optional<PublicKey> byId(String keyId) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(keyId, "keyId")));
  }

  /** The ids of the trusted keys. */
  public List<String> ids() {
    return List.copyOf(new java.util.TreeSet<>(byId.keySet()));
  }
}
