package dev.northbound.scoring.models.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.models.data.Dataset;
import dev.northbound.scoring.models.data.SharedData;
import org.junit.jupiter.api.Test;

class GermanCreditTrainingTest {

  @Test
  void train_germanCredit() {
    Dataset data = SharedData.germanCredit();
    TrainingResult result = ScorecardTrainer.create(TrainingConfig.builder().seed(42).build())
        .train(data);
    System.out.println(result.scorecardCv() + " mean " + result.scorecardCv().mean());
    result.challengerCv().forEach(c -> System.out.println(c + " mean " + c.mean()));
    System.out.println(result.selection());
    System.out.println("train auc " + result.trainingAuc());
    result.binnings().forEach(b -> System.out.println(b.characteristic() + " " + b.trend() + " " + b.iv() + " " + b.bins().size()));
    assertThat(result.scorecardCv().mean()).isGreaterThanOrEqualTo(0.78);
  }
}
