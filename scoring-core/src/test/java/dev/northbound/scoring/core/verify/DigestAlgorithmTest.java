package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sha256_abc_fipsVector() {
    // FIPS 180-2, appendix B.1.
    assertThat(DigestAlgorithm.SHA_256.digestHex(ABC))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void lookup_sha3_256_abc_fipsVector() {
    // FIPS 202 example value for SHA3-256("abc").
    assertThat(DigestAlgorithm.lookup("sha3-256").orElseThrow().digestHex(ABC))
        .isEqualTo("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
  }

  @Test
  void lookup_sha512_lengthAndName() {
    DigestAlgorithm sha512 = DigestAlgorithm.lookup("SHA-512").orElseThrow();
    assertThat(sha512.name()).isEqualTo("SHA-512");
    assertThat(sha512.digestLength()).isEqualTo(64);
    assertThat(sha512.hexLength()).isEqualTo(128);
  }

  @Test
  void lookup_brokenOrUnknown_empty() {
    assertThat(DigestAlgorithm.lookup("MD5")).isEmpty();
    assertThat(DigestAlgorithm.lookup("SHA-1")).isEmpty();
    assertThat(DigestAlgorithm.lookup("ROT13")).isEmpty();
  }

  @Test
  void lookup_sha256AnyCase_theDefault() {
    assertThat(DigestAlgorithm.lookup("sha-256")).containsSame(DigestAlgorithm.SHA_256);
  }

  @Test
  void lookup_repeatedInAnyCase_sameAlgorithmEachTime() {
    for (String name : new String[] {"SHA3-512", "sha3-512", "Sha3-512", "SHA3-512"}) {
      DigestAlgorithm found = DigestAlgorithm.lookup(name).orElseThrow();
      assertThat(found.name()).isEqualTo("SHA3-512");
      assertThat(found.digestLength()).isEqualTo(64);
    }
    assertThat(DigestAlgorithm.lookup("sha3-512")).isEqualTo(DigestAlgorithm.lookup("SHA3-512"));
  }

  @Test
  void lookup_unknownRepeated_emptyEachTime() {
    assertThat(DigestAlgorithm.lookup("SHA-1")).isEmpty();
    assertThat(DigestAlgorithm.lookup("SHA-1")).isEmpty();
  }
}
