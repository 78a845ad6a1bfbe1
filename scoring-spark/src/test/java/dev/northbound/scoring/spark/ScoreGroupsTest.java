package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import org.junit.jupiter.api.Test;

/** Per-partition tables and their merge on a hand-sized sample, without Spark. */
class ScoreGroupsTest {

  // Partition A: 600 good, 580 bad, 600 good. Partition B: 580 good, 560 bad, 600 bad, -0.0 good.
  static ScoreGroups partitionA() {
    return ScoreGroups.builder().add(600, false, 0.1).add(580, true, 0.2).add(600, false, 0.1).build();
  }

  static ScoreGroups partitionB() {
    return ScoreGroups.builder().add(580, false, 0.2).add(560, true, 0.4).add(600, true, 0.1).add(-0.0, false, 0.5)
        .build();
  }

  @Test
  void merge_twoPartitions_sumsCountsPerDistinctScore() {
    ScoreGroups m = partitionA().merge(partitionB());
    assertThat(m.size).isEqualTo(4);
    assertThat(java.util.Arrays.copyOf(m.score, m.size)).containsExactly(0.0, 560, 580, 600);
    assertThat(java.util.Arrays.copyOf(m.bads, m.size)).containsExactly(0, 1, 1, 1);
    assertThat(java.util.Arrays.copyOf(m.goods, m.size)).containsExactly(1, 0, 1, 2);
    assertThat(Double.doubleToRawLongBits(m.score[0])).isEqualTo(0L); // -0.0 folded into 0.0
    assertThat(m.pd[3]).isEqualTo(0.1); // every row at 600 has PD 0.1
  }

  @Test
  void merge_sharedScoreWithDifferentPds_marksPdAsVaried() {
    ScoreGroups m = ScoreGroups.builder().add(600, false, 0.1).build()
        .merge(ScoreGroups.builder().add(600, true, 0.3).build());
    assertThat(m.pd[0]).isNaN();
    assertThat(m.pdSum[0]).isEqualTo(0.1 + 0.3);
  }

  @Test
  void discrimination_mergedTable_handComputedAndEqualToSingleMachine() {
    ScoreGroups m = partitionA().merge(partitionB());
    DiscriminationSummary d = new GroupMetrics(m, ScoreOrientation.HIGHER_IS_BETTER).discrimination();
    // Bads at 560, 580, 600; goods at 0, 580, 600, 600 (higher is better, so lower is riskier).
    // Bad 560: riskier than goods 580, 600, 600 = 3. Bad 580: riskier than 600, 600, tied with 580 = 2.5.
    // Bad 600: tied with 600, 600 = 1. Good at 0 is riskier than every bad = 0. AUC = 6.5 / (3 * 4).
    assertThat(d.auc()).isEqualTo(6.5 / 12);
    double[] scores = {600, 580, 600, 580, 560, 600, 0};
    boolean[] bad = {false, true, false, false, true, true, false};
    DiscriminationSummary ref = Discrimination.summarize(scores, bad, ScoreOrientation.HIGHER_IS_BETTER);
    assertThat(d).isEqualTo(ref);
  }

  @Test
  void quantiles_mergedTable_equalSingleMachineCuts() {
    ScoreGroups m = partitionA().merge(partitionB());
    double[] scores = {600, 580, 600, 580, 560, 600, 0};
    // Sorted 0, 560, 580, 580, 600, 600, 600; cut j of 3 is x[floor(7j/3)]: x[2] = 580, x[4] = 600.
    assertThat(GroupMetrics.quantiles(m, 3)).isEqualTo(ScoreBands.of(580, 600))
        .isEqualTo(ScoreBands.quantiles(scores, 3));
  }

  @Test
  void discrimination_onlyGoods_failsLikeSingleMachine() {
    ScoreGroups goods = ScoreGroups.builder().add(600, false, 0.1).add(500, false, 0.2).build();
    assertThatThrownBy(() -> new GroupMetrics(goods, ScoreOrientation.HIGHER_IS_BETTER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bad: must contain at least one bad and one good; found no bads among 2 rows");
  }

  @Test
  void builder_manyDistinctScores_growsAndKeepsEveryRow() {
    ScoreGroups.Builder b = ScoreGroups.builder();
    for (int i = 0; i < 10_000; i++) {
      b.add(i % 3_000, i % 7 == 0, 0.5);
    }
    ScoreGroups t = b.build();
    assertThat(t.size).isEqualTo(3_000);
    assertThat(t.rows()).isEqualTo(10_000);
    // i % 7 == 0 for i = 0, 7, ..., 9996: floor(9999 / 7) + 1 = 1,429 bads.
    assertThat(t.totalBads()).isEqualTo(1_429);
  }
}
