package dev.northbound.scoring.core.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Iterator;
import java.util.Objects;

/**
 * Ed25519 signatures embedded in a definition file as its top-level {@code "signature"} member:
 * {@code {"algorithm": "Ed25519", "value": "<base64 of the 64-byte signature>"}}. The signature
 * covers the file's canonical form ({@link CanonicalJson}) without its {@code "signature"} and
 * {@code "seal"} members, so re-indenting or reordering keys keeps it valid, and changing any value
 * breaks it. The unkeyed seal of a model file proves only that the file is intact; a signature by a
 * trusted key proves who approved it. Stateless and thread-safe.
 */
public final class DefinitionSignatures {

  /** The member that holds the signature. */
  public static final String MEMBER = "signature";

  private static final String SEAL = "seal";
  private static final int SIGNATURE_BYTES = 64;

  private DefinitionSignatures() {}

  /** The bytes a signature covers: the canonical form of {@code root} without signature and seal. */
  public static byte[] signedContent(ObjectNode root) {
    ObjectNode content = Objects.requireNonNull(root, "root").deepCopy();
    content.remove(MEMBER);
    content.remove(SEAL);
    return CanonicalJson.bytes(content);
  }

  /**
   * The signature member for {@code root} by {@code key}.
   *
   * @throws IllegalArgumentException if the key is not an Ed25519 private key
   */
  public static ObjectNode sign(ObjectNode root, PrivateKey key) {
    byte[] content = signedContent(root);
    byte[] value;
    try {
      Signature s = Signature.getInstance(Ed25519Keys.ALGORITHM);
      s.initSign(Objects.requireNonNull(key, "key"));
      s.update(content);
      value = s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the signing key must be an Ed25519 private key", e);
    }
    ObjectNode member = root.objectNode();
    member.put("algorithm", Ed25519Keys.ALGORITHM);
    member.put("value", Base64.getEncoder().encodeToString(value));
    return member;
  }

  /**
   * Checks that a signature member, if {@code root} has one, has the documented form. Called on
   * every read, with or without trusted keys, so the member never carries anything else.
   *
   * @throws ModelDefinitionException if the member is malformed
   */
  public static void checkForm(ObjectNode root) {
    JsonNode member = root.get(MEMBER);
    if (member != null) {
      signatureBytes(member);
    }
  }

  /**
   * Requires {@code root} to carry a valid signature by one of {@code keys}.
   *
   * @param root the file's top-level object, as read
   * @param keys the trusted keys
   * @param id the file's declared id, named in the failure (or {@code "unknown"})
   * @param kind what the file is, e.g. "model file", named in the failure
   * @throws VerificationException UNSIGNED if the file has no signature, SIGNATURE_INVALID if it
   *     does not verify under any trusted key (changed after signing, or signed by another key)
   * @throws ModelDefinitionException if the signature member is malformed
   */
  public static void verify(ObjectNode root, TrustedKeys keys, String id, String kind) {
    Objects.requireNonNull(keys, "keys");
    JsonNode member = root.get(MEMBER);
    if (member == null) {
      throw new VerificationException(id, Reason.UNSIGNED, "the " + kind + " is not signed, and trusted keys"
          + " were given");
    }
    byte[] signature = signatureBytes(member);
    byte[] content = signedContent(root);
    for (String keyId : keys.ids()) {
      PublicKey key = keys.byId(keyId).orElseThrow();
      try {
        Signature s = Signature.getInstance(Ed25519Keys.ALGORITHM);
        s.initVerify(key);
        s.update(content);
        if (s.verify(signature)) {
          return;
        }
      } catch (GeneralSecurityException e) {
        // A signature the provider cannot even decode verifies under no key; try the next one.
      }
    }
    throw new VerificationException(id, Reason.SIGNATURE_INVALID, "the " + kind + "'s signature verifies under"
        + " none of the " + keys.ids().size() + " trusted keys: it was changed after signing, or signed by a key"
        + " that is not trusted");
  }

  private static byte[] signatureBytes(JsonNode member) {
    String p = "/" + MEMBER;
    if (!member.isObject()) {
      throw DefinitionJson.fail(p, "must be an object", DefinitionJson.describe(member));
    }
    for (Iterator<String> it = member.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals("algorithm") && !name.equals("value")) {
        throw DefinitionJson.fail(p + "/" + name.replace("~", "~0").replace("/", "~1"),
            "must be a field the format defines", "an unknown field");
      }
    }
    JsonNode algorithm = member.get("algorithm");
    if (algorithm == null || !algorithm.isTextual()) {
      throw DefinitionJson.fail(p + "/algorithm", "must be the string \"Ed25519\"", DefinitionJson.describe(algorithm));
    }
    if (!algorithm.textValue().equals(Ed25519Keys.ALGORITHM)) {
      throw DefinitionJson.fail(p + "/algorithm", "must be \"Ed25519\"", "another algorithm");
    }
    JsonNode value = member.get("value");
    if (value == null || !value.isTextual()) {
      throw DefinitionJson.fail(p + "/value", "must be a base64 string", DefinitionJson.describe(value));
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value.textValue());
    } catch (IllegalArgumentException e) {
      throw DefinitionJson.fail(p + "/value", "must be a base64 string", "a string that is not base64");
    }
    if (bytes.length != SIGNATURE_BYTES) {
      throw DefinitionJson.fail(p + "/value", "must encode " + SIGNATURE_BYTES + " bytes", bytes.length + " bytes");
    }
    return bytes;
  }
}
