package dev.northbound.scoring.toolkit.training.reject.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalTradeoffTest {

  @Test
  void of_approvesTheShareWithTheLowestProbabilities() {
    // k = round(0.6 * 5) = 3: the cutoff is the 4th smallest PD, 0.4; approved 0.1, 0.2, 0.3 (1 bad).
    ApprovalTradeoff t = ApprovalTradeoff.of(new double[] {0.5, 0.1, 0.4, 0.2, 0.3},
        new boolean[] {true, false, true, true, false}, 0.6, 0.25);
    assertThat(t).isEqualTo(new ApprovalTradeoff(0.6, 0.25, 3, 0.6, 1.0 / 3));
  }

  @Test
  void of_tiesAtTheCutoff_areDeclined() {
    // k = 2: the cutoff is 0.2, tied with the 2nd; only 0.1 is approved.
    ApprovalTradeoff t = ApprovalTradeoff.of(new double[] {0.2, 0.1, 0.2, 0.4},
        new boolean[] {false, false, true, true}, 0.5, 0.1);
    assertThat(t).isEqualTo(new ApprovalTradeoff(0.5, 0.1, 1, 0.25, 0.0));
  }

  @Test
  void of_everyone_approvesAll() {
    ApprovalTradeoff t = ApprovalTradeoff.of(new double[] {0.2, 0.1}, new boolean[] {true, false},
        1.0, 0.5);
    assertThat(t).isEqualTo(new ApprovalTradeoff(1.0, 0.5, 2, 1.0, 0.5));
  }

  @Test
  void concat_mergesCategoriesAndWeights() {
    Dataset a = Dataset.of(List.of(NumericColumn.of("x", 1, 2),
        CategoricalColumn.of("c", new int[] {0, 1}, List.of("p", "q"))), new boolean[] {true, false});
    Dataset b = Dataset.of(List.of(NumericColumn.of("x", 3),
        CategoricalColumn.of("c", new int[] {1}, List.of("q", "r"))), new boolean[] {true},
        new double[] {0.5});
    Dataset ab = Rows.concat(a, b);
    assertThat(ab.column("x").orElseThrow()).isEqualTo(NumericColumn.of("x", 1, 2, 3));
    assertThat(ab.column("c").orElseThrow())
        .isEqualTo(CategoricalColumn.of("c", new int[] {0, 1, 2}, List.of("p", "q", "r")));
    assertThat(ab.bad()).containsExactly(true, false, true);
    assertThat(ab.weights()).containsExactly(1, 1, 0.5);
    assertThat(Rows.concat(a, a).weighted()).isFalse();
  }
}
