package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.HandData.BAD;
import static dev.northbound.scoring.toolkit.evaluation.HandData.SCORES;
import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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

  @Test
  void intervals_countedByGroupEqualSortedReplicates() {
    // Replicates are counted by tie group instead of sorted: the same intervals, to the last bit, as
    // sorting each replicate's draws (the reference below), with many ties, 0.0 and -0.0, and both
    // orientations.
    SplittableRandom data = new SplittableRandom(3);
    double[] scores = new double[2_000];
    boolean[] bad = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i % 97 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : data.nextInt(-40, 60) / 4.0;
      bad[i] = data.nextDouble() < 0.2 + scores[i] / 200;
    }
    for (ScoreOrientation o : ScoreOrientation.values()) {
      assertThat(Bootstrap.intervals(scores, bad, o, 30, 0.9, 5)).isEqualTo(sortedReplicates(scores, bad, o, 30, 0.9, 5));
    }
  }

  /** The bootstrap as it was first written: each replicate's risk values sorted into tie groups. */
  private static BootstrapIntervals sortedReplicates(double[] scores, boolean[] bad, ScoreOrientation o,
      int replicates, double confidence, long seed) {
    TieGroups full = TieGroups.of(scores, bad, o);
    double[] badRisk = new double[full.totalBads];
    double[] goodRisk = new double[full.totalGoods];
    for (int i = 0, b = 0, g = 0; i < scores.length; i++) {
      if (bad[i]) {
        badRisk[b++] = o.risk(scores[i]);
      } else {
        goodRisk[g++] = o.risk(scores[i]);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[3][replicates];
    for (int r = 0; r < replicates; r++) {
      double[] sampleBad = new double[badRisk.length];
      double[] sampleGood = new double[goodRisk.length];
      for (int i = 0; i < sampleBad.length; i++) {
        sampleBad[i] = badRisk[Bootstrap.index(random, badRisk.length)];
      }
      for (int i = 0; i < sampleGood.length; i++) {
        sampleGood[i] = goodRisk[Bootstrap.index(random, goodRisk.length)];
      }
      DiscriminationSummary s = Discrimination.summarize(TieGroups.ofRisks(sampleBad, sampleGood, o));
      values[0][r] = s.gini();
      values[1][r] = s.ks().value();
      values[2][r] = s.accuracyRatio();
    }
    DiscriminationSummary point = Discrimination.summarize(full);
    double[] estimates = {point.gini(), point.ks().value(), point.accuracyRatio()};
    Interval[] intervals = new Interval[3];
    for (int m = 0; m < 3; m++) {
      Arrays.sort(values[m]);
      double alpha = 1 - confidence;
      intervals[m] = new Interval(estimates[m], Bootstrap.quantile(values[m], alpha / 2),
          Bootstrap.quantile(values[m], 1 - alpha / 2));
    }
    return new BootstrapIntervals(intervals[0], intervals[1], intervals[2], confidence, replicates, seed);
  }
}
