package dev.northbound.scoring.toolkit.training.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.training.Challenger;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.WoeChallenger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

  /** A model that ignores its training rows and returns column x as the risk. */
  private record ColumnAsRisk(String code) implements Challenger {
    @Override
    public double[] riskOf(Dataset train, Dataset test, long seed) {
      return ((NumericColumn) test.column("x").orElseThrow()).values();
    }
  }

  @Test
  void holdOut_handComputedAucKsAndBrier() {
    // Risks 0.1 0.4 0.35 0.8 for bad = F F T T: pairs (bad, good) ordered right: (0.35>0.1) (0.8>0.1)
    // (0.8>0.4), wrong: (0.35<0.4): AUC 3/4. KS: at or below 0.1 lie 1/2 goods and 0/2 bads, the
    // largest gap, 0.5. Brier ((0.1)^2 + (0.4)^2 + (0.65)^2 + (0.2)^2)/4 = 0.6325/4 = 0.158125.
    Dataset test = Dataset.of(List.of(NumericColumn.of("x", new double[] {0.1, 0.4, 0.35, 0.8})),
        new boolean[] {false, false, true, true});
    Comparison c = ModelComparison.holdOut(test, test, List.of(new ColumnAsRisk("x")), 7);
    ComparisonRow row = c.models().get(0);
    assertThat(row.foldAuc()).containsExactly(0.75);
    assertThat(row.ks()).isCloseTo(0.5, within(1e-12));
    assertThat(row.brier()).isCloseTo(0.158125, within(1e-12));
    assertThat(row.size()).isEmpty();
    assertThat(c.markdown()).contains("| x | 0.7500 | 0.5000 | 0.1581 | – | – |");
  }

  @Test
  void crossValidate_woeFoldsAreTheTrainersFolds() {
    // The WoE scorecard's fold AUCs on German credit, seed 42: those of GermanCreditTrainingTest
    // (ScorecardTrainer), because the comparison draws the same folds.
    Dataset data = SharedData.germanCredit();
    Comparison c = ModelComparison.crossValidate(data,
        List.of(WoeChallenger.of(TrainingConfig.builder().seed(42).build())), 5, 42);
    ComparisonRow woe = c.models().get(0);
    assertThat(woe.foldAuc()).containsExactly(0.835, 0.7910714285714285, 0.7901190476190476,
        0.7917857142857143, 0.7782142857142857);
    assertThat(woe.size()).isPresent();
    assertThat(woe.size().get().characteristics()).isEqualTo(13);
    assertThat(c.rows()).isEqualTo(1000);
    assertThat(c.bads()).isEqualTo(300);
  }

  @Test
  void modelsWithOneCode_refused() {
    Dataset d = Dataset.of(List.of(NumericColumn.of("x", new double[] {0.1, 0.9})), new boolean[] {false, true});
    assertThatThrownBy(() -> ModelComparison.holdOut(d, d, List.of(new ColumnAsRisk("a"), new ColumnAsRisk("a")), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share the code a");
  }

  @Test
  void holdOutWithoutABad_isInvalidInput() {
    Dataset d = Dataset.of(List.of(NumericColumn.of("x", new double[] {0.1, 0.9})), new boolean[] {false, true});
    Dataset goods = Dataset.of(List.of(NumericColumn.of("x", new double[] {0.1, 0.9})), new boolean[] {false, false});
    assertThatThrownBy(() -> ModelComparison.holdOut(d, goods, List.of(new ColumnAsRisk("a")), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("/holdout/bad");
  }
}
