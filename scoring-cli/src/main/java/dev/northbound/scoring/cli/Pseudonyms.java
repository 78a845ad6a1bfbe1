package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.decision.SubjectPseudonymiser;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bank's pseudonymisation key for audit records: {@code NORTHBOUND_PSEUDONYM_KEY} (hex, at least
 * 32 bytes). Without it, a random key is used for this run only, so pseudonyms are not comparable
 * across runs; the command says so on stderr.
 */
final class Pseudonyms {
  private Pseudonyms() {}

  static SubjectPseudonymiser fromEnvironment(java.io.PrintWriter err) {
    String hex = System.getenv("NORTHBOUND_PSEUDONYM_KEY");
    if (hex != null && !hex.isBlank()) {
      try {
        return SubjectPseudonymiser.of(HexFormat.of().parseHex(hex.trim()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("NORTHBOUND_PSEUDONYM_KEY must be hex of at least "
            + SubjectPseudonymiser.MIN_KEY_BYTES + " bytes");
      }
    }
    err.println("note: NORTHBOUND_PSEUDONYM_KEY is not set; subject pseudonyms use a random key for this run");
    byte[] key = new byte[SubjectPseudonymiser.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return SubjectPseudonymiser.of(key);
  }
}
