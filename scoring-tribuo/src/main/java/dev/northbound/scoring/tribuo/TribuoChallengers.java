package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo challengers on the raw characteristics: numeric columns as they are (a missing value is
 * an absent feature), categorical columns one-hot ({@code name=label}). XGBoost: 100 trees of
 * depth 3, eta 0.1, subsample 0.8, one thread; CART: depth 5, all features. Both seeded.
 */
public final class TribuoChallengers {

  /** The label of the bad class in the Tribuo models trained here. */
  public static final String BAD = "bad";
  private static final LabelFactory LABELS = new LabelFactory();

  private TribuoChallengers() {}

  /** Trains the named challenger on {@code train} and returns its P(bad) on {@code test}. */
  static double[] riskOf(TribuoChallenger model, Dataset train, Dataset test, long seed) {
    Model<Label> fitted = train(model, train, seed);
    double[] risk = new double[test.rows()];
    for (int r = 0; r < risk.length; r++) {
      risk[r] = fitted.predict(example(test, r)).getOutputScores().get(BAD).getScore();
    }
    return risk;
  }

  /**
   * Trains the named challenger on {@code train} (seeded). Wrap the result in
   * {@code models.tribuo.TribuoModelAdapter} with bad label {@link #BAD} to score feature vectors.
   */
  public static Model<Label> train(TribuoChallenger model, Dataset train, long seed) {
    Trainer<Label> trainer = model == TribuoChallenger.XGBOOST
        ? new XGBoostClassificationTrainer(100, 0.1, 0, 3, 1, 0.8, 1.0, 1, 0, 1, true, seed)
        : new CARTClassificationTrainer(5, 1.0f, seed);
    MutableDataset<Label> dataset = new MutableDataset<>(
        new SimpleDataSourceProvenance("northbound dataset " + train.fingerprint(), LABELS), LABELS);
    for (int r = 0; r < train.rows(); r++) {
      dataset.add(example(train, r));
    }
    return trainer.train(dataset);
  }

  private static Example<Label> example(Dataset data, int row) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Column column : data.columns()) {
      if (column instanceof NumericColumn n && !n.isMissing(row)) {
        names.add(n.name());
        values.add(n.value(row));
      } else if (column instanceof CategoricalColumn c && !c.isMissing(row)) {
        names.add(c.name() + "=" + c.labels().get(c.code(row)));
        values.add(1.0);
      }
    }
    return new ArrayExample<>(new Label(data.isBad(row) ? BAD : "good"),
        names.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
