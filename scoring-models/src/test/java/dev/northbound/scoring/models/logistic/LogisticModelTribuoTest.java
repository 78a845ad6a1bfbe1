package dev.northbound.scoring.models.logistic;

import dev.northbound.scoring.models.scorecard.RiskGrades;

import dev.northbound.scoring.models.scorecard.Scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.tribuo.SyntheticCredit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.math.la.DenseMatrix;

/**
 * Tribuo's own logistic regression is the independent reference: its softmax over the two labels
 * equals {@code sigmoid((w_bad - w_good) . x + (bias_bad - bias_good))}, so a LogisticModel with
 * those differences must give Tribuo's probability of "bad" on every row.
 */
class LogisticModelTribuoTest {

  private static final String[] NAMES = {"x0", "x1", "x2"};

  @Test
  void score_matchesTribuoLogisticRegression() {
    double[][] x = SyntheticCredit.rows(42, 300, 3);
    String[] y = SyntheticCredit.labels(7, x);
    MutableDataset<Label> data = SyntheticCredit.dataset(NAMES, x, y);
    Model<Label> trained = new LogisticRegressionTrainer().train(data);
    DenseMatrix w = ((LinearSGDModel) trained).getWeightsCopy();
    int bad = trained.getOutputIDInfo().getID(new Label(SyntheticCredit.BAD));
    int good = trained.getOutputIDInfo().getID(new Label(SyntheticCredit.GOOD));
    int bias = trained.getFeatureIDMap().size();
    List<LogisticInput> inputs = new ArrayList<>();
    for (String name : NAMES) {
      int id = trained.getFeatureIDMap().getID(name);
      inputs.add(RawInput.of(name, w.get(bad, id) - w.get(good, id), -1e6, 1e6, 0, 0,
          ReasonText.of("R-" + name, "Value of " + name, name + " 的数值")));
    }
    FeatureSchema schema = SyntheticCredit.schema(NAMES);
    LogisticModel model = LogisticModel.create(schema, new LogisticConfig("tribuo-lr", "1",
        w.get(bad, bias) - w.get(good, bias), inputs, Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A", "B"), List.of(600.0))));

    ScoreHolder h = model.newHolder();
    double maxDiff = 0;
    for (double[] row : x) {
      Prediction<Label> p = trained.predict(SyntheticCredit.example(SyntheticCredit.BAD, NAMES, row));
      double tribuoPd = p.getOutputScores().get(SyntheticCredit.BAD).getScore();
      model.score(row, h);
      assertThat(h.probabilityOfDefault()).isCloseTo(tribuoPd, within(1e-9));
      maxDiff = Math.max(maxDiff, Math.abs(h.probabilityOfDefault() - tribuoPd));
    }
    // The fit recovered the generating signs (x0 raises risk, x1 lowers it), so the test is not vacuous.
    assertThat(model.config().inputs().get(0).coefficient()).isPositive();
    assertThat(model.config().inputs().get(1).coefficient()).isNegative();
    assertThat(maxDiff).isLessThan(1e-9);
  }
}
