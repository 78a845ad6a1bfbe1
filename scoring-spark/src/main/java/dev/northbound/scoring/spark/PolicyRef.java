package dev.northbound.scoring.spark;

import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is broadcast for decisions: the policy JSON and the bank's pseudonymisation key. Loaded once
 * per JVM, cached by the SHA-256 of both (so two keys never share a policy instance). The key is
 * never printed.
 */
final class PolicyRef implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, DecisionPolicy> CACHE = new ConcurrentHashMap<>();

  private final String json;
  private final byte[] key;
  private final String cacheKey;

  private PolicyRef(String json, byte[] key) {
    this.json = json;
    this.key = key.clone();
    this.cacheKey = sha256(json, this.key);
  }

  /**
   * Checks the policy on the driver and wraps it.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the policy is not valid for the
   *     standard schema
   * @throws IllegalArgumentException if the key is too short
   */
  static PolicyRef of(String json, byte[] key) {
    PolicyRef ref = new PolicyRef(json, key);
    ref.load();
    return ref;
  }

  DecisionPolicy load() {
    return CACHE.computeIfAbsent(cacheKey,
        k -> DecisionPolicy.parse(json, ModelRef.extractor().schema(), SubjectPseudonymiser.of(key)));
  }

  private static String sha256(String json, byte[] key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(json.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(key);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "PolicyRef[key hidden]";
  }
}
