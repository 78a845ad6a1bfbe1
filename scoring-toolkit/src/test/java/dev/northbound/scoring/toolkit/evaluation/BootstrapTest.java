package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  @Test
  void intervals_perfectSeparationStaysPerfect() {
    // Stratified resamples of perfectly separated bads and goods stay perfectly separated, so every
    // replicate has Gini = KS = AR = 1 and the interval collapses to [1, 1].
    BootstrapIntervals b = Bootstrap.intervals(new double[] {1, 2, 3, 4, 5},
        new boolean[] {true, true, false, false, false}, HIGHER_IS_BETTER, 50, 0.9, 7);
    assertThat(b.gini()).isEqualTo(new Interval(1, 1, 1));
    assertThat(b.ks()).isEqualTo(new Interval(1, 1, 1));
    assertThat(b.accuracyRatio()).isEqualTo(new Interval(1, 1, 1));
  }

  @Test
  void intervals_sameSeedSameResult() {
    BootstrapIntervals first = Bootstrap.intervals(SCORES, BAD, HIGHER_IS_BETTER, 40, 0.95, 11);
    assertThat(Bootstrap.intervals(SCORES, BAD, HIGHER_IS_BETTER, 40, 0.95, 11)).isEqualTo(first);
    assertThat(Bootstrap.intervals(SCORES, BAD, HIGHER_IS_BETTER, 40, 0.95, 12).gini())
        .isNotEqualTo(first.gini());
  }

  @Test
  void quantile_interpolatesBetweenOrderStatistics() {
    // h = 0.25 * (4 - 1) = 0.75: 1 + 0.75 * (2 - 1) = 1.75; q = 1 gives the maximum.
    assertThat(Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
    assertThat(Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1.0)).isEqualTo(4.0);
  }

  @Test
  void splittableRandom_isSplitMix64() {
    // The reference script replays SplitMix64; the JDK's SplittableRandom(seed).nextLong() is
    // that generator. Published outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    SplittableRandom random = new SplittableRandom(0);
    assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  @Test
  void index_isTheUnsignedRemainder() {
    // 0xE220A8397B1DCDAF = 16294208416658607535 unsigned; mod 10 = 5 (a signed % would give -1).
    assertThat(Bootstrap.index(new SplittableRandom(0), 10)).isEqualTo(5);
  }

  @Test
  void intervals_tooFewReplicates() {
    assertThatThrownBy(() -> Bootstrap.intervals(SCORES, BAD, HIGHER_IS_BETTER, 1, 0.95, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replicates must be at least 2; found 1");
  }
}
