package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

  private static boolean[] target(int bads, int goods) {
    boolean[] bad = new boolean[bads + goods];
    for (int i = 0; i < bads; i++) {
      bad[i * (bads + goods) / bads] = true;
    }
    return bad;
  }

  @Test
  void folds_eachFoldHasItsShareOfEachClass() {
    boolean[] bad = target(10, 20);
    int[] fold = StratifiedSplit.folds(bad, 5, 7);
    for (int k = 0; k < 5; k++) {
      int bads = 0;
      int goods = 0;
      for (int r = 0; r < bad.length; r++) {
        if (fold[r] == k) {
          bads += bad[r] ? 1 : 0;
          goods += bad[r] ? 0 : 1;
        }
      }
      assertThat(bads).isEqualTo(2);
      assertThat(goods).isEqualTo(4);
    }
  }

  @Test
  void folds_dependOnlyOnSeedAndTarget() {
    boolean[] bad = target(30, 70);
    assertThat(StratifiedSplit.folds(bad, 5, 7)).isEqualTo(StratifiedSplit.folds(bad, 5, 7));
    assertThat(StratifiedSplit.folds(bad, 5, 7)).isNotEqualTo(StratifiedSplit.folds(bad, 5, 8));
  }

  @Test
  void trainTest_stratifiedSizes() {
    boolean[] bad = target(30, 70);
    double[] x = new double[100];
    for (int i = 0; i < 100; i++) {
      x[i] = i;
    }
    Dataset data = Dataset.of(List.of(NumericColumn.of("x", x)), bad);
    StratifiedSplit.TrainTest split = StratifiedSplit.trainTest(data, 0.3, 1);
    // 30% of 30 bads = 9, of 70 goods = 21.
    assertThat(split.test().rows()).isEqualTo(30);
    assertThat(split.test().badCount()).isEqualTo(9);
    assertThat(split.train().badCount()).isEqualTo(21);
    assertThat(StratifiedSplit.trainTest(data, 0.3, 1).test().fingerprint())
        .isEqualTo(split.test().fingerprint());
  }

  @Test
  void folds_fewerThanTwo() {
    assertThatThrownBy(() -> StratifiedSplit.folds(new boolean[3], 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be at least 2; found 1");
  }
}
