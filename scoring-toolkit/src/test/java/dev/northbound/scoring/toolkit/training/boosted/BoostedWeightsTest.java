package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The boosted trainer counts rows: it refuses a weighted data set at its entry. */
class BoostedWeightsTest {

  private static Dataset weighted() {
    Dataset data = SyntheticAdditive.additive(200, 3).data();
    double[] ones = new double[data.rows()];
    Arrays.fill(ones, 1);
    return Dataset.of(data.columns(), data.bad(), ones);
  }

  @Test
  void train_refusesAWeightedDataSet() {
    BoostedScorecardTrainer trainer = BoostedScorecardTrainer.create(BoostingConfig.defaults());
    Dataset data = weighted();
    assertThatThrownBy(() -> trainer.train(data))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/weights: weights are not supported by the boosted trainer;"
            + " found a weighted data set (train it with the WoE trainer)");
    assertThatThrownBy(() -> trainer.card(data, TabularInputs.derive(data).schema()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("weights are not supported by the boosted trainer");
  }
}
