package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ScorecardPropertiesTest {

  private static final Scorecard CARD = ScorecardFixtures.random(12, 99, ReasonCodeSettings.DEFAULT);
  private static final int SIZE = CARD.schema().size();

  private static FeatureVector vector(double[] values) {
    byte[] missing = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      missing[i] = (byte) (Double.isNaN(values[i]) ? 3 : 0);
    }
    return FeatureVector.of(CARD.schema(), values, missing);
  }

  /** A reference score: the first bin holding the value, exact values before intervals, by plain search. */
  private static double referencePoints(Scorecard card, double[] values) {
    double total = card.initialScore();
    for (Characteristic c : card.characteristics()) {
      double v = values[card.schema().indexOf(c.feature()).orElseThrow()];
      List<Bin> exactFirst = new ArrayList<>();
      c.bins().stream().filter(b -> !(b instanceof IntervalBin)).forEach(exactFirst::add);
      c.bins().stream().filter(b -> b instanceof IntervalBin).forEach(exactFirst::add);
      total += exactFirst.stream().filter(b -> holds(b, v)).findFirst().orElseThrow().points();
    }
    return total;
  }

  private static boolean holds(Bin b, double v) {
    if (Double.isNaN(v)) {
      return b instanceof MissingBin;
    }
    if (b instanceof SpecialValueBin s) {
      return s.value() == v;
    }
    if (b instanceof CategoricalBin c) {
      return c.codes().contains(v);
    }
    if (b instanceof IntervalBin i) {
      return i.contains(v);
    }
    return false;
  }

  @Property(tries = 300)
  void score_finiteWithinBoundsAndEqualAcrossPaths(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    double[] values = ScorecardFixtures.randomValues(new SplittableRandom(seed), SIZE);
    ScoreHolder holder = CARD.newHolder();
    CARD.score(values, holder);
    ScoreResult full = CARD.score(vector(values));
    assertThat(holder.points()).isFinite().isBetween(CARD.minScore(), CARD.maxScore());
    assertThat(full.points()).isEqualTo(holder.points()).isEqualTo(CARD.points(values));
    assertThat(full.probabilityOfDefault()).isEqualTo(holder.probabilityOfDefault()).isBetween(0.0, 1.0);
    assertThat(full.grade()).isEqualTo(CARD.grades().get(holder.grade()));
    assertThat(full.reasonCodes()).isEqualTo(CARD.reasonCodes(values, holder));
    List<Double> below = full.reasonCodes().stream().map(ReasonCode::pointsBelow).toList();
    assertThat(below).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(p -> p > 0);
    double[][] columns = new double[SIZE][1];
    for (int j = 0; j < SIZE; j++) {
      columns[j][0] = values[j];
    }
    double[] out = new double[1];
    CARD.scoreBatch(columns, 0, 1, out);
    assertThat(out[0]).isEqualTo(holder.points());
  }

  @Property(tries = 300)
  void score_matchesPlainSearchOverBins(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    double[] values = ScorecardFixtures.randomValues(new SplittableRandom(seed), SIZE);
    assertThat(CARD.points(values)).isEqualTo(referencePoints(CARD, values));
    assertThat(referencePoints(ScorecardFixtures.handBuilt(), new double[] {0.45, 41, 6, 2})).isEqualTo(525.0);
  }

  @Property(tries = 50)
  void score_monotoneInMonotoneCharacteristic(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
    // dti_ratio's interval points fall as the value rises: 30, 15, 0. Raise dti, keep the rest.
    Scorecard card = ScorecardFixtures.handBuilt();
    SplittableRandom rnd = new SplittableRandom(seed);
    double months = rnd.nextInt(-1, 60);
    double housing = rnd.nextInt(0, 5);
    double previous = Double.POSITIVE_INFINITY;
    for (double dti = -1; dti <= 2; dti += rnd.nextDouble(0.001, 0.1)) {
      double points = card.points(new double[] {dti, 30, months, housing});
      assertThat(points).isLessThanOrEqualTo(previous);
      previous = points;
    }
  }

  @Property(tries = 5)
  void score_sameAcrossThreads(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws Exception {
    int n = 2_000;
    double[][] rows = new double[n][];
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] expected = new double[n];
    ScoreHolder holder = CARD.newHolder();
    for (int i = 0; i < n; i++) {
      rows[i] = ScorecardFixtures.randomValues(rnd, SIZE);
      CARD.score(rows[i], holder);
      expected[i] = holder.points() + 1e6 * holder.reasonCount() + 1e3 * holder.reasonCharacteristic(0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          ScoreHolder own = CARD.newHolder();
          double[] got = new double[n];
          for (int i = 0; i < n; i++) {
            CARD.score(rows[i], own);
            got[i] = own.points() + 1e6 * own.reasonCount() + 1e3 * own.reasonCharacteristic(0);
          }
          return got;
        }));
      }
      for (Future<double[]> f : futures) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
