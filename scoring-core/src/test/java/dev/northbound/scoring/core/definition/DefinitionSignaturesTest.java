package dev.northbound.scoring.core.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionSignaturesTest {

  private static final KeyPair BANK = Ed25519Keys.generate();
  private static final KeyPair OTHER = Ed25519Keys.generate();

  private static ObjectNode signed(String json, KeyPair key) {
    ObjectNode root = DefinitionJson.readObject(json.getBytes(StandardCharsets.UTF_8));
    root.set(DefinitionSignatures.MEMBER, DefinitionSignatures.sign(root, key.getPrivate()));
    return root;
  }

  private static Reason reasonOf(ObjectNode root, TrustedKeys keys) {
    try {
      DefinitionSignatures.verify(root, keys, "p1", "policy file");
    } catch (VerificationException e) {
      return e.reason();
    }
    return null;
  }

  @Test
  void verify_signedByTrustedKey_passesAndSurvivesReformatting() {
    ObjectNode root = signed("{\"b\":1,\"a\":{\"y\":0.5,\"x\":\"t\"}}", BANK);
    DefinitionSignatures.verify(root, TrustedKeys.of(BANK.getPublic()), "p1", "policy file");
    // the same content written with other whitespace and key order still verifies
    String reordered = "{ \"signature\": " + root.get("signature") + ",\n \"a\": {\"x\": \"t\", \"y\": 0.50}, \"b\": 1 }";
    ObjectNode again = DefinitionJson.readObject(reordered.getBytes(StandardCharsets.UTF_8));
    DefinitionSignatures.verify(again, TrustedKeys.of(OTHER.getPublic(), BANK.getPublic()), "p1", "policy file");
  }

  @Test
  void verify_editedUnsignedOrForeign_fails() {
    ObjectNode root = signed("{\"cutoff\":600}", BANK);
    TrustedKeys bank = TrustedKeys.of(BANK.getPublic());
    root.put("cutoff", 0);
    assertThat(reasonOf(root, bank)).isEqualTo(Reason.SIGNATURE_INVALID);
    root.remove("signature");
    assertThat(reasonOf(root, bank)).isEqualTo(Reason.UNSIGNED);
    assertThat(reasonOf(signed("{\"cutoff\":600}", OTHER), bank)).isEqualTo(Reason.SIGNATURE_INVALID);
    assertThatThrownBy(() -> DefinitionSignatures.verify(signed("{\"cutoff\":600}", OTHER), bank, "p1", "policy file"))
        .hasMessage("document p1 failed verification: SIGNATURE_INVALID (the policy file's signature verifies under"
            + " none of the 1 trusted keys: it was changed after signing, or signed by a key that is not trusted)");
  }

  @Test
  void checkForm_malformedMember_rejected() {
    ObjectNode root = signed("{\"cutoff\":600}", BANK);
    ((ObjectNode) root.get("signature")).put("value", "AAAA");
    assertThatThrownBy(() -> DefinitionSignatures.checkForm(root)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/signature/value: must encode 64 bytes; found 3 bytes");
    ((ObjectNode) root.get("signature")).put("keyHint", "x");
    assertThatThrownBy(() -> DefinitionSignatures.checkForm(root))
        .hasMessage("/signature/keyHint: must be a field the format defines; found an unknown field");
  }

  @Test
  void pemFiles_roundTripAndPrivateKeyIsOwnerOnly(@TempDir Path dir) throws IOException {
    Path priv = dir.resolve("bank.key");
    Path pub = dir.resolve("bank.pub");
    Ed25519Keys.writePrivate(BANK.getPrivate(), priv);
    Ed25519Keys.writePublic(BANK.getPublic(), pub);
    assertThat(Files.readString(priv)).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
    ObjectNode root = DefinitionJson.readObject("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    root.set("signature", DefinitionSignatures.sign(root, Ed25519Keys.readPrivate(priv)));
    DefinitionSignatures.verify(root, TrustedKeys.load(java.util.List.of(pub)), "p1", "policy file");
    assertThatThrownBy(() -> Ed25519Keys.writePrivate(OTHER.getPrivate(), priv))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThatThrownBy(() -> Ed25519Keys.readPublic(priv)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be a PEM file with a PUBLIC KEY block; found none");
  }
}
