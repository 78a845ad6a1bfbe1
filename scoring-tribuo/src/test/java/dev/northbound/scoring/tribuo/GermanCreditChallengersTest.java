package dev.northbound.scoring.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Tribuo challengers cross-validated beside the scorecard on German credit (credit-g.arff, bad =
 * "bad"), seed 42, 5 stratified folds: the same folds and the same scorecard as without them.
 */
class GermanCreditChallengersTest {

  private static TrainingResult result;

  @BeforeAll
  static void train() {
    Dataset data = SharedData.germanCredit();
    result = ScorecardTrainer.create(TrainingConfig.builder().seed(42)
        .challengers(List.of(TribuoChallenger.XGBOOST, TribuoChallenger.CART)).build()).train(data);
  }

  @Test
  void train_challengersAreCrossValidatedOnTheSameFolds() {
    assertThat(result.challengerCv()).extracting(CvAuc::model).containsExactly("xgboost", "cart");
    assertThat(result.challengerCv()).allMatch(c -> c.folds().size() == 5);
    // modest, seeded trees: gradient boosting is in the scorecard's league, one CART is not.
    assertThat(result.challengerCv().get(0).mean()).isBetween(0.75, 0.85);
    assertThat(result.challengerCv().get(1).mean()).isBetween(0.6, 0.8);
  }

  @Test
  void train_challengersLeaveTheScorecardAsItIs() {
    // the scorecard's per-fold AUCs of GermanCreditTrainingTest, which trains without challengers.
    assertThat(result.scorecardCv().folds()).containsExactly(0.835, 0.7910714285714285, 0.7901190476190476,
        0.7917857142857143, 0.7782142857142857);
  }
}
