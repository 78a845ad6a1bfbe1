package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.Challenger;
import dev.northbound.scoring.toolkit.training.CharacteristicSpec;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.OutOfFold;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import dev.northbound.scoring.toolkit.training.Trend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trains a boosted additive points scorecard (see {@code docs/boosted-scorecard.md}) and
 * cross-validates it, with the configured challengers, on the same stratified folds as
 * {@link dev.northbound.scoring.toolkit.training.ScorecardTrainer}: a {@link SplittableRandom} of
 * the seed draws the folds, then one challenger seed per fold.
 *
 * <p>Every column is a characteristic except the spec's protected attributes and excluded ones;
 * there is no selection step. A numeric characteristic's monotone constraint is, in order of
 * precedence: the configuration's {@code monotone} entry; the spec's trend ({@code ASCENDING}: risk
 * rises with the value, {@code DESCENDING}: it falls; other trends none); the schema feature's
 * {@link RiskDirection}; else none.
 *
 * <p>Deterministic: the same data, configuration and seed give an equal result and a
 * byte-identical model, whatever the number of threads. Immutable and thread-safe.
 */
public final class BoostedScorecardTrainer {

  private final BoostingConfig config;

  private BoostedScorecardTrainer(BoostingConfig config) {
    this.config = config;
  }

  /** Creates a trainer. */
  public static BoostedScorecardTrainer create(BoostingConfig config) {
    return new BoostedScorecardTrainer(Objects.requireNonNull(config, "config"));
  }

  /** The configuration. */
  public BoostingConfig config() {
    return config;
  }

  /**
   * Trains on a table whose column names are already feature names (as
   * {@link TabularInputs#featureTable} gives), scoring the schema {@link TabularInputs#derive}
   * gives for it.
   *
   * @throws InvalidInputException as {@link #train(Dataset, FeatureSchema)}
   */
  public BoostedTrainingResult train(Dataset data) {
    return train(data, TabularInputs.derive(data).schema());
  }

  /**
   * Trains on {@code data} and cross-validates; the scorecard scores {@code schema}.
   *
   * @throws InvalidInputException if the target has fewer bads or goods than folds
   * @throws IllegalArgumentException if a {@code monotone} entry names no numeric characteristic
   * @throws dev.northbound.scoring.core.ModelDefinitionException if a characteristic is not in the
   *     schema
   */
  public BoostedTrainingResult train(Dataset data, FeatureSchema schema) {
    Run run = run(data, schema);
    double[] scores = run.full().model().scores(data);
    Scorecard card = BoostedCard.build(run.full(), data, schema, config, scores);
    BoostedFit.Outcome o = run.full();
    return new BoostedTrainingResult(card, o.shapes(), o.interactions(), o.interceptLogOdds(),
        o.mainRounds(), o.interactionRounds(), run.trainingAuc(), run.cv(), run.challengers(),
        run.outOfFold(), data.fingerprint(), config);
  }

  /**
   * Everything {@link #train} gives but the scorecard.
   *
   * @param full the fit on all the data
   * @param trainingAuc its AUC on that data
   * @param cv its cross-validated AUC
   * @param challengers the challengers' cross-validated AUCs
   * @param outOfFold the held-out points of every row
   */
  record Run(BoostedFit.Outcome full, double trainingAuc, CvAuc cv, List<CvAuc> challengers,
      OutOfFold outOfFold) {}

  Run run(Dataset data, FeatureSchema schema) {
    requireUnweighted(data);
    boolean[] bad = data.bad();
    StratifiedSplit.requireEveryFoldHasBothClasses(bad, config.training().folds());
    List<String> names = characteristics(data, config.training().spec());
    Map<String, RiskDirection> directions = directions(data, names, schema);
    ExecutorService pool = pool();
    try {
      BoostedFit.Outcome full = BoostedFit.run(data, names, directions, config, pool);
      double trainingAuc = auc(full.model().scores(data), bad);
      int folds = config.training().folds();
      List<Challenger> challengers = config.training().challengers();
      SplittableRandom random = new SplittableRandom(config.seed());
      int[] fold = StratifiedSplit.folds(bad, folds, random.nextLong());
      List<Double> boosted = new ArrayList<>();
      List<List<Double>> challengerFolds = new ArrayList<>();
      challengers.forEach(c -> challengerFolds.add(new ArrayList<>()));
      double[] outOfFold = new double[data.rows()];
      for (int k = 0; k < folds; k++) {
        long challengerSeed = random.nextLong();
        Dataset train = data.select(StratifiedSplit.rowsOfFold(fold, k, false));
        int[] heldOut = StratifiedSplit.rowsOfFold(fold, k, true);
        Dataset test = data.select(heldOut);
        double[] scores = BoostedFit.run(train, names, directions, config, pool).model()
            .scores(test);
        boosted.add(auc(scores, test.bad()));
        for (int i = 0; i < heldOut.length; i++) {
          outOfFold[heldOut[i]] = scores[i];
        }
        for (int c = 0; c < challengers.size(); c++) {
          challengerFolds.get(c).add(Discrimination.auc(
              challengers.get(c).riskOf(train, test, challengerSeed), test.bad(),
              ScoreOrientation.HIGHER_IS_RISKIER));
        }
      }
      List<CvAuc> challengerCv = new ArrayList<>();
      for (int c = 0; c < challengers.size(); c++) {
        challengerCv.add(new CvAuc(challengers.get(c).code(), challengerFolds.get(c)));
      }
      return new Run(full, trainingAuc, new CvAuc("boosted", boosted), challengerCv,
          new OutOfFold(outOfFold));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One fit on all of {@code data}, without cross-validation: the scorecard alone, as
   * {@link #train} would build it (for a comparison, or where the held-out figures come from
   * elsewhere).
   *
   * @throws InvalidInputException if the target lacks a bad or a good row
   */
  public Scorecard card(Dataset data, FeatureSchema schema) {
    BoostedFit.Outcome o = fit(data, schema);
    return BoostedCard.build(o, data, schema, config, o.model().scores(data));
  }

  /** One fit on all of {@code data}, without cross-validation (for tests and timing). */
  BoostedFit.Outcome fit(Dataset data, FeatureSchema schema) {
    requireUnweighted(data);
    StratifiedSplit.requireEveryFoldHasBothClasses(data.bad(), 1);
    List<String> names = characteristics(data, config.training().spec());
    ExecutorService pool = pool();
    try {
      return BoostedFit.run(data, names, directions(data, names, schema), config, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The boosted trainer counts rows: a weighted data set (reject inference's augmented rows) is
   * refused rather than trained as if every weight were 1.
   *
   * @throws InvalidInputException at {@code /weights} if {@code data} is weighted
   */
  static void requireUnweighted(Dataset data) {
    if (data.weighted()) {
      throw new InvalidInputException("/weights", "weights are not supported by the boosted"
          + " trainer", "a weighted data set (train it with the WoE trainer)");
    }
  }

  private ExecutorService pool() {
    return Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "boosted-scorecard");
      t.setDaemon(true);
      return t;
    });
  }

  /** The AUC of points (higher is better). */
  private static double auc(double[] points, boolean[] bad) {
    return Discrimination.auc(points, bad, ScoreOrientation.HIGHER_IS_BETTER);
  }

  static List<String> characteristics(Dataset data, TrainingSpec spec) {
    List<String> names = new ArrayList<>();
    for (Column c : data.columns()) {
      if (!spec.protectedAttributes().contains(c.name())
          && spec.characteristic(c.name()).role() != CharacteristicSpec.Role.EXCLUDE) {
        names.add(c.name());
      }
    }
    return names;
  }

  private Map<String, RiskDirection> directions(Dataset data, List<String> names,
      FeatureSchema schema) {
    for (Map.Entry<String, RiskDirection> e : config.monotone().entrySet()) {
      if (!names.contains(e.getKey())
          || !(data.column(e.getKey()).orElseThrow() instanceof NumericColumn)) {
        throw new IllegalArgumentException("monotone must name numeric characteristics; "
            + e.getKey() + " is not one");
      }
    }
    Map<String, RiskDirection> out = new LinkedHashMap<>();
    for (String name : names) {
      RiskDirection d = RiskDirection.NONE;
      if (data.column(name).orElseThrow() instanceof NumericColumn) {
        java.util.Optional<Trend> trend = config.training().spec().characteristic(name).trend();
        if (config.monotone().containsKey(name)) {
          d = config.monotone().get(name);
        } else if (trend.isPresent()) {
          d = trend.get() == Trend.ASCENDING ? RiskDirection.INCREASING
              : trend.get() == Trend.DESCENDING ? RiskDirection.DECREASING : RiskDirection.NONE;
        } else if (schema.indexOf(name).isPresent()) {
          d = schema.definition(schema.indexOf(name).getAsInt()).riskDirection();
        }
      }
      out.put(name, d);
    }
    return out;
  }
}
