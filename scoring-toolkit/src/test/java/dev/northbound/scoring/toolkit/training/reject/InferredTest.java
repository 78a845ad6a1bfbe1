package dev.northbound.scoring.toolkit.training.reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InferredTest {

  @Test
  void hardCutoff_labelsTheRoundedExpectedCountOfHighestPds() {
    // q = p: sum 1.0, so one bad: the highest p (index 3).
    Inferred one = Inferred.hardCutoff(new double[] {0.1, 0.2, 0.3, 0.4}, 1);
    assertThat(one.bad()).containsExactly(false, false, false, true);
    assertThat(one.weight()).containsExactly(1, 1, 1, 1);
    assertThat(one.reject()).containsExactly(0, 1, 2, 3);
    // k = 2: q = 0.2, 0.4, 0.6, 0.8, sum 2.0, so two bads: indices 2 and 3.
    assertThat(Inferred.hardCutoff(new double[] {0.1, 0.2, 0.3, 0.4}, 2).bad())
        .containsExactly(false, false, true, true);
    // k = 3: q = 0.3, 0.6, 0.9, 1 (capped), sum 2.8, so three bads.
    assertThat(Inferred.hardCutoff(new double[] {0.1, 0.2, 0.3, 0.4}, 3).bad())
        .containsExactly(false, true, true, true);
  }

  @Test
  void hardCutoff_breaksTiesInRowOrder() {
    // Four equal q = 0.3: sum 1.2, one bad, the first row.
    assertThat(Inferred.hardCutoff(new double[] {0.3, 0.3, 0.3, 0.3}, 1).bad())
        .containsExactly(true, false, false, false);
  }

  @Test
  void fuzzy_splitsEachRejectAndLeavesOutZeroWeights() {
    Inferred f = Inferred.fuzzy(new double[] {0.25, 0.0, 0.6}, 2);
    // q = 0.5, 0, 1 (capped): reject 1 has no bad row, reject 2 no good row.
    assertThat(f.reject()).containsExactly(0, 0, 1, 2);
    assertThat(f.bad()).containsExactly(true, false, false, true);
    assertThat(f.weight()).containsExactly(0.5, 0.5, 1.0, 1.0);
  }

  @Test
  void parcelling_drawsAtTheUpliftedBandRate() {
    // Accepts' scores 1..4 in two bands (cut 3): band 0 = {1, 2} with one bad of two (rate 0.5),
    // band 1 = {3, 4} with no bad (rate 0).
    double[] scores = {1, 2, 3, 4};
    boolean[] bad = {true, false, false, false};
    double[] w = {1, 1, 1, 1};
    assertThat(Inferred.bandRates(scores, bad, w, 2)).containsExactly(0.5, 0.0);
    // k = 2: band 0's rejects are all bad (min(1, 2 * 0.5) = 1), band 1's all good; a reject
    // scored outside the accepts' range falls in the end band.
    Inferred p = Inferred.parcelling(scores, bad, w, new double[] {0, 1.5, 3, 9}, 2, 2, 7);
    assertThat(p.bad()).containsExactly(true, true, false, false);
    // k = 1.5: rate 0.75 in band 0; the draws are SplittableRandom(7)'s, in row order.
    Inferred q = Inferred.parcelling(scores, bad, w, new double[] {1, 1, 1, 4}, 1.5, 2, 7);
    SplittableRandom r = new SplittableRandom(7);
    assertThat(q.bad()).containsExactly(r.nextDouble() < 0.75, r.nextDouble() < 0.75,
        r.nextDouble() < 0.75, false);
  }

  @Test
  void parcelling_weighsTheAcceptsBadRate() {
    // Band 0 = {1, 2}: the bad row weighs 3, the good 1: rate 0.75.
    assertThat(Inferred.bandRates(new double[] {1, 2, 3, 4},
        new boolean[] {true, false, false, true}, new double[] {3, 1, 1, 1}, 2))
        .containsExactly(0.75, 0.5);
  }

  @Test
  void fuzzyWeights_sumToTheNumberOfRejects() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 50; trial++) {
      double[] pd = random.doubles(1 + random.nextInt(300)).toArray();
      double k = 1 + random.nextDouble() * 2;
      Inferred f = Inferred.fuzzy(pd, k);
      assertThat(Arrays.stream(f.weight()).sum()).isCloseTo(pd.length, within(1e-9));
      assertThat(Arrays.stream(f.weight()).allMatch(x -> x > 0 && x <= 1)).isTrue();
      double badWeight = 0;
      double expected = 0;
      for (int i = 0; i < f.bad().length; i++) {
        badWeight += f.bad()[i] ? f.weight()[i] : 0;
      }
      for (double p : pd) {
        expected += Math.min(1, k * p);
      }
      assertThat(badWeight).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void hardCutoff_badShareIsTheMeanUpliftedPdWithinOneRow() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + random.nextInt(500);
      double[] pd = new double[n];
      for (int i = 0; i < n; i++) {
        pd[i] = Math.pow(random.nextDouble(), 3); // skewed towards small PDs
      }
      double k = 1 + random.nextDouble();
      Inferred h = Inferred.hardCutoff(pd, k);
      double expected = 0;
      double threshold = Double.POSITIVE_INFINITY;
      int bads = 0;
      for (int i = 0; i < n; i++) {
        expected += Math.min(1, k * pd[i]);
        if (h.bad()[i]) {
          bads++;
          threshold = Math.min(threshold, Math.min(1, k * pd[i]));
        }
      }
      assertThat((double) bads).isCloseTo(expected, within(0.5 + 1e-9));
      // Every bad's q is at least every good's q: a cutoff on q.
      for (int i = 0; i < n; i++) {
        if (!h.bad()[i]) {
          assertThat(Math.min(1, k * pd[i])).isLessThanOrEqualTo(threshold);
        }
      }
    }
  }

  @Test
  void parcelling_realisedBadRatePerBandIsWithinBinomialError() {
    SplittableRandom random = new SplittableRandom(11);
    int accepts = 5000;
    double[] scores = new double[accepts];
    boolean[] bad = new boolean[accepts];
    double[] w = new double[accepts];
    for (int i = 0; i < accepts; i++) {
      scores[i] = random.nextDouble() * 100;
      bad[i] = random.nextDouble() < 0.3 - 0.0025 * scores[i];
      w[i] = 1;
    }
    int rejects = 20000;
    double[] rejectScores = random.doubles(rejects, 0, 100).toArray();
    double k = 1.5;
    Inferred p = Inferred.parcelling(scores, bad, w, rejectScores, k, 10, 42);
    double[] rate = Inferred.bandRates(scores, bad, w, 10);
    var bands = dev.northbound.scoring.toolkit.evaluation.ScoreBands.quantiles(scores, 10);
    int[] n = new int[10];
    int[] b = new int[10];
    for (int i = 0; i < rejects; i++) {
      int band = bands.bandOf(rejectScores[i]);
      n[band]++;
      b[band] += p.bad()[i] ? 1 : 0;
    }
    for (int band = 0; band < 10; band++) {
      double expected = Math.min(1, k * rate[band]);
      double sd = Math.sqrt(expected * (1 - expected) / n[band]);
      assertThat(n[band]).isGreaterThan(1000);
      assertThat((double) b[band] / n[band]).isCloseTo(expected, within(4 * sd + 1e-12));
    }
  }
}
