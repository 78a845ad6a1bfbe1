package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.Provider;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.MacSpi;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SubjectPseudonymiserTest {

  @Test
  void pseudonymise_pythonHmacReference() {
    // PolicyFixtures.PSEUDONYM: Python's hmac.new(bytes(range(32)), b"TU-SUBJ-0001", sha256).hexdigest().
    assertThat(PolicyFixtures.PSEUDONYMISER.pseudonymise(PolicyFixtures.SUBJECT_REF)).isEqualTo(PolicyFixtures.PSEUDONYM);
  }

  @Test
  void pseudonymise_rfc4231LargerThanBlockSizeKey() {
    // RFC 4231, test cases 6 and 7: a 131-byte key of 0xaa (hashed first, being longer than a block).
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);
    SubjectPseudonymiser p = SubjectPseudonymiser.of(key);
    assertThat(p.pseudonymise("Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    assertThat(p.pseudonymise("This is a test using a larger than block-size key and a larger than block-size data."
        + " The key needs to be hashed before being used by the HMAC algorithm."))
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  @Test
  void pseudonymise_everyLength_isAFreshMacsHmac() throws Exception {
    byte[] key = new byte[SubjectPseudonymiser.MIN_KEY_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (31 * i + 7);
    }
    SubjectPseudonymiser p = SubjectPseudonymiser.of(key);
    StringBuilder ref = new StringBuilder();
    for (int length = 0; length <= 200; length++) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String text = ref.toString();
      String expected = HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(p.pseudonymise(text)).as("length %d", length).isEqualTo(expected);
      ref.append(length % 7 == 3 ? '\u4e2d' : (char) ('A' + length % 26));
    }
  }

  @Test
  void pseudonymise_sameInstanceFromManyThreads_sameReference() throws Exception {
    SubjectPseudonymiser p = SubjectPseudonymiser.of(PolicyFixtures.key());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          boolean same = true;
          for (int i = 0; i < 2000; i++) {
            same &= p.pseudonymise(PolicyFixtures.SUBJECT_REF).equals(PolicyFixtures.PSEUDONYM);
          }
          return same;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void pseudonymise_providerThatCannotClone_sameReference() throws Exception {
    Provider provider = new UncloneableHmacProvider();
    Security.insertProviderAt(provider, 1);
    try {
      assertThat(Mac.getInstance("HmacSHA256").getProvider().getName()).isEqualTo(provider.getName());
      SubjectPseudonymiser p = SubjectPseudonymiser.of(PolicyFixtures.key());
      assertThat(p.pseudonymise(PolicyFixtures.SUBJECT_REF)).isEqualTo(PolicyFixtures.PSEUDONYM);
      assertThat(p.pseudonymise(PolicyFixtures.SUBJECT_REF)).isEqualTo(PolicyFixtures.PSEUDONYM);
    } finally {
      Security.removeProvider(provider.getName());
    }
  }

  /** Offers HmacSHA256 first, computed by the JDK's SunJCE Mac, without clone support. */
  private static final class UncloneableHmacProvider extends Provider {
    UncloneableHmacProvider() {
      super("NorthboundTestUncloneableHmac", "1.0", "HmacSHA256 that cannot be cloned");
      putService(new Service(this, "Mac", "HmacSHA256", UncloneableHmac.class.getName(), null, null));
    }
  }

  /** An HmacSHA256 MacSpi that is not Cloneable; public so that the provider framework can create it. */
  public static final class UncloneableHmac extends MacSpi {
    private final Mac delegate;

    /** Delegates to SunJCE. */
    public UncloneableHmac() throws NoSuchAlgorithmException, NoSuchProviderException {
      delegate = Mac.getInstance("HmacSHA256", "SunJCE");
    }

    @Override
    protected int engineGetMacLength() {
      return delegate.getMacLength();
    }

    @Override
    protected void engineInit(Key key, AlgorithmParameterSpec params)
        throws InvalidKeyException, InvalidAlgorithmParameterException {
      delegate.init(key, params);
    }

    @Override
    protected void engineUpdate(byte input) {
      delegate.update(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
      delegate.update(input, offset, len);
    }

    @Override
    protected byte[] engineDoFinal() {
      return delegate.doFinal();
    }

    @Override
    protected void engineReset() {
      delegate.reset();
    }
  }
}
