package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.models.decision.PolicyFixtures.POLICY;
import static dev.northbound.scoring.models.decision.PolicyFixtures.PSEUDONYMISER;
import static dev.northbound.scoring.models.decision.PolicyFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.VerificationException.Reason;
import dev.northbound.scoring.core.definition.Ed25519Keys;
import dev.northbound.scoring.core.definition.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class DecisionPolicySigningTest {

  private static final KeyPair BANK = Ed25519Keys.generate();
  private static final KeyPair OTHER = Ed25519Keys.generate();
  private static final TrustedKeys TRUSTED = TrustedKeys.of(BANK.getPublic());

  private static Reason reasonOf(byte[] policy) {
    try {
      DecisionPolicy.parse(policy, SCHEMA, PSEUDONYMISER, TRUSTED);
    } catch (VerificationException e) {
      return e.reason();
    }
    return null;
  }

  @Test
  void parse_signedByTrustedKey_loadsAndDecidesAsUnsigned() {
    byte[] signed = DecisionPolicy.sign(POLICY.getBytes(StandardCharsets.UTF_8), BANK.getPrivate());
    DecisionPolicy p = DecisionPolicy.parse(signed, SCHEMA, PSEUDONYMISER, TRUSTED);
    assertThat(p.decide(PolicyFixtures.clean(), PolicyFixtures.vector(), PolicyFixtures.score(650, "A"),
        PolicyFixtures.AS_OF).approvedLimit()).isEqualTo(PolicyFixtures.policy().decide(PolicyFixtures.clean(),
        PolicyFixtures.vector(), PolicyFixtures.score(650, "A"), PolicyFixtures.AS_OF).approvedLimit());
    // without trusted keys a signed policy still loads, as before
    DecisionPolicy.parse(signed, SCHEMA, PSEUDONYMISER);
    // reformatting keeps the signature valid: it covers the canonical content
    String compact = new String(signed, StandardCharsets.UTF_8).replace("\n", " ").replace("  ", " ");
    assertThat(reasonOf(compact.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void parse_editedUnsignedOrForeignPolicy_failsVerification() {
    byte[] signed = DecisionPolicy.sign(POLICY.getBytes(StandardCharsets.UTF_8), BANK.getPrivate());
    String text = new String(signed, StandardCharsets.UTF_8);
    assertThat(reasonOf(text.replace("\"approveAtOrAbove\" : 620", "\"approveAtOrAbove\" : 0")
        .replace("\"approveAtOrAbove\": 620", "\"approveAtOrAbove\": 0").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Reason.SIGNATURE_INVALID);
    assertThat(reasonOf(POLICY.getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.UNSIGNED);
    assertThat(reasonOf(DecisionPolicy.sign(POLICY.getBytes(StandardCharsets.UTF_8), OTHER.getPrivate())))
        .isEqualTo(Reason.SIGNATURE_INVALID);
    assertThatThrownBy(() -> DecisionPolicy.parse(POLICY.getBytes(StandardCharsets.UTF_8), SCHEMA, PSEUDONYMISER,
        TRUSTED)).isInstanceOf(VerificationException.class)
        .hasMessage("document gba-personal-loan failed verification: UNSIGNED (the policy file is not signed,"
            + " and trusted keys were given)");
  }
}
