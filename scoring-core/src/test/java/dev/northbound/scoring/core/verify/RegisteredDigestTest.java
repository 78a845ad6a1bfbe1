package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Registry text reaches logs and terminals: issuer and algorithm names are plain printable text. */
class RegisteredDigestTest {

  private static RegisteredDigest withIssuer(String issuer) {
    return new RegisteredDigest("tuhk-2026-10-000417", issuer, "SHA-256", "00", Instant.EPOCH);
  }

  @Test
  void printableNames_accepted_includingChinese() {
    assertThat(withIssuer("TransUnion HK").issuer()).isEqualTo("TransUnion HK");
    assertThat(withIssuer("环联香港 TransUnion").issuer()).isEqualTo("环联香港 TransUnion");
    assertThat(withIssuer("x".repeat(RegisteredDigest.MAX_NAME_LENGTH)).issuer()).hasSize(200);
  }

  @Test
  void controlFormatAndSeparatorCharacters_refused_withoutQuotingTheName() {
    for (String evil : new String[] {"Bank\u001b[2J", "Bank\nverified", "Bank\r", "Bank\u0000", "Bank\u2028",
        "Bank\u2029", "Bank\u202e", "Bank\u200b", "Bank\u0085"}) {
      assertThatThrownBy(() -> withIssuer(evil)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("issuer must hold no control or format characters");
    }
  }

  @Test
  void blankOrTooLongNames_refused() {
    assertThatThrownBy(() -> withIssuer(" ")).hasMessage("issuer must not be blank");
    assertThatThrownBy(() -> withIssuer("x".repeat(201))).hasMessage("issuer must have at most 200 characters");
    assertThatThrownBy(() -> new RegisteredDigest("tuhk-2026-10-000417", "Bank", "SHA-256\t", "00", Instant.EPOCH))
        .hasMessage("algorithm must hold no control or format characters");
  }
}
