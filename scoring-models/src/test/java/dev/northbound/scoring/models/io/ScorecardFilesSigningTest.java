package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import dev.northbound.scoring.core.definition.Ed25519Keys;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

/** Authenticity: under a trusted key only a model signed by it loads; the unkeyed seal is not enough. */
class ScorecardFilesSigningTest {

  private static final KeyPair BANK = Ed25519Keys.generate();
  private static final KeyPair OTHER = Ed25519Keys.generate();
  private static final TrustedKeys TRUSTED = TrustedKeys.of(OTHER.getPublic(), BANK.getPublic());
  private static final Scorecard CARD = ScorecardFixtures.handBuilt();

  private static Reason reasonOf(byte[] bytes) {
    try {
      ScorecardFiles.read(bytes, CARD.schema(), TrustedKeys.of(BANK.getPublic()));
    } catch (VerificationException e) {
      return e.reason();
    }
    return null;
  }

  @Test
  void read_signedByTrustedKey_equalsTheCard() {
    byte[] signed = ScorecardFiles.sign(ScorecardFiles.toBytes(CARD), BANK.getPrivate());
    assertThat(ScorecardFiles.read(signed, CARD.schema(), TRUSTED)).isEqualTo(CARD);
    assertThat(ScorecardFiles.read(signed, CARD.schema())).isEqualTo(CARD); // the seal still holds
    // signing again replaces the signature (Ed25519 is deterministic: the same bytes)
    assertThat(ScorecardFiles.sign(signed, BANK.getPrivate())).isEqualTo(signed);
  }

  @Test
  void read_editedAndResealedWithTheOldRecipe_failsUnderATrustedKey() {
    byte[] signed = ScorecardFiles.sign(ScorecardFiles.toBytes(CARD), BANK.getPrivate());
    ObjectNode root = ScorecardFiles.parse(signed);
    ObjectNode bin = (ObjectNode) root.get("characteristics").get(0).get("bins").get(0);
    bin.put("points", bin.get("points").doubleValue() + 100);
    // the documented unkeyed recipe: SHA-256 of the canonical content without seal (and signature)
    ObjectNode content = root.deepCopy();
    content.remove("seal");
    content.remove("signature");
    ((ObjectNode) root.get("seal")).put("digest", Canonical.digest(content));
    byte[] forged = Canonical.prettyBytes(root);
    assertThat(ScorecardFiles.read(forged, CARD.schema())).isNotEqualTo(CARD); // the seal alone accepts it
    assertThat(reasonOf(forged)).isEqualTo(Reason.SIGNATURE_INVALID);
  }

  @Test
  void read_unsignedOrSignedByAnotherKey_fails() {
    assertThat(reasonOf(ScorecardFiles.toBytes(CARD))).isEqualTo(Reason.UNSIGNED);
    assertThat(reasonOf(ScorecardFiles.sign(ScorecardFiles.toBytes(CARD), OTHER.getPrivate())))
        .isEqualTo(Reason.SIGNATURE_INVALID);
    assertThatThrownBy(() -> ScorecardFiles.read(ScorecardFiles.toBytes(CARD), CARD.schema(), TRUSTED))
        .isInstanceOf(VerificationException.class).hasMessageContaining("UNSIGNED (the model file is not signed");
  }
}
