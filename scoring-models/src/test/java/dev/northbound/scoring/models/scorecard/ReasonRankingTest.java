package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The hot path's ranking of reason codes and its threshold counting against plain references: the
 * reasons are every characteristic with points below its baseline, sorted by points below (largest
 * first) and then by characteristic order, the first {@code maxReasons} of them; whatever the number
 * asked for, in locals (up to 4) or in the holder (more).
 */
class ReasonRankingTest {

  @Property(tries = 200)
  void score_reasonsAreTheFirstOfAPlainSort(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 7) int maxReasons, @ForAll boolean belowBaseline) {
    ReasonCodeMode mode = belowBaseline ? ReasonCodeMode.POINTS_BELOW_BASELINE : ReasonCodeMode.POINTS_BELOW_MAX;
    Scorecard card = ScorecardFixtures.random(12, seed, ReasonCodeSettings.of(mode, maxReasons));
    ScoreHolder holder = card.newHolder();
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int row = 0; row < 20; row++) {
      card.score(ScorecardFixtures.randomValues(rnd, card.schema().size()), holder);
      List<Integer> expected = reference(card, holder, maxReasons);
      assertThat(holder.reasonCount()).isEqualTo(expected.size());
      for (int r = 0; r < expected.size(); r++) {
        int c = expected.get(r);
        assertThat(holder.reasonCharacteristic(r)).isEqualTo(c);
        assertThat(holder.reasonPoints(r)).isEqualTo(card.baseline(c) - holder.partial(c));
      }
    }
  }

  private static List<Integer> reference(Scorecard card, ScoreHolder holder, int maxReasons) {
    List<Integer> below = new ArrayList<>();
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.baseline(c) - holder.partial(c) > 0) {
        below.add(c);
      }
    }
    // List.sort is stable: equal points below keep characteristic order.
    below.sort(Comparator.comparingDouble((Integer c) -> card.baseline(c) - holder.partial(c)).reversed());
    return below.subList(0, Math.min(maxReasons, below.size()));
  }

  @Test
  void score_moreThanFourThresholdsCountedOneByOne() {
    // Six intervals, so five thresholds, more than the four a batch pass holds in registers:
    // (-inf,1) [1,2) [2,3] (3,4) [4,5) [5,inf) worth 0, 10, 20, 30, 40, 50; missing 5; initial score 100.
    Characteristic ch = Characteristic.of("f00", "R00", "Reason", "原因", List.of(
        Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 0), Bin.closedOpen(1, 2, 10), Bin.interval(2, true, 3, true, 20),
        Bin.interval(3, false, 4, false, 30), Bin.closedOpen(4, 5, 40),
        Bin.closedOpen(5, Double.POSITIVE_INFINITY, 50), Bin.missing(5)));
    Scorecard card = Scorecard.builder(ScorecardFixtures.wideSchema(3)).id("six").version("1").initialScore(100)
        .scaling(Scaling.of(600, 30, 40)).grades(RiskGrades.of(List.of("A", "B"), List.of(130.0)))
        .provenance(ScorecardFixtures.provenance()).addCharacteristic(ch).build();
    double[] values = {0.5, 1, 1.5, 2, 3, 3.5, 4, 4.99, 5, 9, Double.NaN};
    double[] points = {100, 110, 110, 120, 120, 130, 140, 140, 150, 150, 105};
    ScoreHolder holder = card.newHolder();
    double[][] columns = new double[3][values.length];
    for (int i = 0; i < values.length; i++) {
      card.score(new double[] {values[i], 0, 0}, holder);
      assertThat(holder.points()).isEqualTo(points[i]);
      // Points below the maximum 50: the bins' 50, 40, 40, 30, 30, 20, 10, 10, 0, 0 and 45 for missing.
      assertThat(holder.reasonCount()).isEqualTo(points[i] == 150 ? 0 : 1);
      columns[0][i] = values[i];
    }
    double[] batch = new double[values.length];
    card.scoreBatch(columns, 0, values.length, batch);
    assertThat(batch).containsExactly(points);
  }
}
