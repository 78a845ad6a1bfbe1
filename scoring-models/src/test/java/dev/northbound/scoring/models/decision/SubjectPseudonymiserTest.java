package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.Provider;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.MacSpi;
import org.junit.jupiter.api.Test;

class SubjectPseudonymiserTest {

  @Test
  void pseudonymise_pythonHmacReference() {
    // PolicyFixtures.PSEUDONYM: Python's hmac.new(bytes(range(32)), b"TU-SUBJ-0001", sha256).hexdigest().
    assertThat(PolicyFixtures.PSEUDONYMISER.pseudonymise(PolicyFixtures.SUBJECT_REF)).isEqualTo(PolicyFixtures.PSEUDONYM);
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
