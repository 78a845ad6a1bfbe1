package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Trains a WoE logistic points scorecard: optimal binning ({@link Binner}), selection by IV and
 * WoE correlation, L2-penalised logistic regression, scaling to points; and cross-validates it,
 * with the Tribuo challengers (XGBoost, CART), on stratified folds. Binning and selection are
 * redone inside each training fold, so no held-out row informs its own prediction.
 *
 * <p>Deterministic: the same data, configuration and seed give an equal {@link TrainingResult}.
 * A {@link SplittableRandom} of the seed draws the folds, then one seed per fold for the
 * challengers. Immutable and thread-safe.
 */
public final class ScorecardTrainer {

  private final TrainingConfig config;

  private ScorecardTrainer(TrainingConfig config) {
    this.config = config;
  }

  /** Creates a trainer. */
  public static ScorecardTrainer create(TrainingConfig config) {
    return new ScorecardTrainer(Objects.requireNonNull(config, "config"));
  }

  /** The configuration. */
  public TrainingConfig config() {
    return config;
  }

  /**
   * Trains on {@code data} and cross-validates.
   *
   * @throws InvalidInputException if the target lacks a class, or has fewer bads or goods than
   *     folds (a held-out fold without a bad or without a good has no AUC)
   * @throws TrainingFailedException if the logistic fit does not converge or its Hessian is singular
   *     in the intercept (a training failure, not a bad model file)
   */
  public TrainingResult train(Dataset data) {
    TrainingPass.Fitted full = TrainingPass.fit(data, config);
    boolean[] bad = data.bad();
    double trainingAuc = auc(TrainingPass.probabilityOfBad(full.draft(), data), bad);
    StratifiedSplit.requireEveryFoldHasBothClasses(bad, config.folds());
    SplittableRandom random = new SplittableRandom(config.seed());
    int[] fold = StratifiedSplit.folds(bad, config.folds(), random.nextLong());
    List<Double> scorecard = new ArrayList<>();
    List<List<Double>> challengerFolds = new ArrayList<>();
    config.challengers().forEach(c -> challengerFolds.add(new ArrayList<>()));
    double[] outOfFold = new double[data.rows()];
    for (int k = 0; k < config.folds(); k++) {
      long challengerSeed = random.nextLong();
      Dataset train = data.select(StratifiedSplit.rowsOfFold(fold, k, false));
      int[] heldOut = StratifiedSplit.rowsOfFold(fold, k, true);
      Dataset test = data.select(heldOut);
      ScorecardDraft draft = TrainingPass.fit(train, config).draft();
      scorecard.add(auc(TrainingPass.probabilityOfBad(draft, test), test.bad()));
      double[] scores = draft.scores(test);
      for (int i = 0; i < heldOut.length; i++) {
        outOfFold[heldOut[i]] = scores[i];
      }
      for (int c = 0; c < config.challengers().size(); c++) {
        challengerFolds.get(c).add(auc(
            config.challengers().get(c).riskOf(train, test, challengerSeed), test.bad()));
      }
    }
    List<CvAuc> challengers = new ArrayList<>();
    for (int c = 0; c < config.challengers().size(); c++) {
      challengers.add(new CvAuc(config.challengers().get(c).code(), challengerFolds.get(c)));
    }
    return new TrainingResult(full.draft(), full.binnings(), full.selection(), full.fit(),
        trainingAuc, new CvAuc("scorecard", scorecard), challengers, data.fingerprint(), config,
        full.vif(), usedSpec(full.binnings()), new OutOfFold(outOfFold));
  }

  /**
   * Fits the scorecard on the whole of {@code data} as {@link #train} does, without the
   * cross-validation: the draft alone (for example to score data the training did not see, as
   * reject inference scores the rejects with the accepts-only card).
   *
   * @throws InvalidInputException if the target lacks a class
   * @throws TrainingFailedException as {@link #train}
   */
  public ScorecardDraft draft(Dataset data) {
    return TrainingPass.fit(data, config).draft();
  }

  /**
   * Runs the binning alone, as {@link #train} would bin the whole data set, for review before any
   * model is fitted.
   *
   * @throws InvalidInputException if the target lacks a class
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the spec does not fit the data
   */
  public BinningRun bin(Dataset data) {
    List<BinningResult> binnings = SpecBinner.bin(data, config);
    return new BinningRun(binnings, usedSpec(binnings));
  }

  /**
   * The spec used, with every binned characteristic's bins explicit: its cuts or groups, kind,
   * role, special values (the spec's or the configuration's) and reason texts.
   */
  private TrainingSpec usedSpec(List<BinningResult> binnings) {
    TrainingSpec spec = config.spec();
    Map<String, CharacteristicSpec> explicit = new TreeMap<>(spec.characteristics());
    for (BinningResult b : binnings) {
      CharacteristicSpec c = spec.characteristic(b.characteristic());
      List<Attribute.Special> specials = config.specialValuesOf(b.characteristic());
      CharacteristicSpec withSpecials = new CharacteristicSpec(c.role(), c.kind(), c.trend(),
          c.maxBins(), c.minShare(), c.minBads(), c.minGoods(), specials, c.cuts(), c.groups(),
          c.reasonCode(), c.reasonEn(), c.reasonZh());
      explicit.put(b.characteristic(), withSpecials.fixedTo(b));
    }
    TrainingSpec used = spec.withCharacteristics(explicit);
    if (spec.equals(TrainingSpec.automatic())) {
      // A run without a spec: record the configuration's own binning, thresholds and scaling.
      used = new TrainingSpec(config.binning(), explicit, new SelectionSpec(config.ivThreshold(),
          OptionalDouble.empty(), false, config.correlationThreshold(), OptionalDouble.empty(),
          OptionalDouble.empty(), false), List.of(), config.scaling(), false, Optional.empty());
    }
    return used;
  }

  /** The AUC of a risk score (higher is riskier), by the project's one implementation. */
  private static double auc(double[] risk, boolean[] bad) {
    return Discrimination.auc(risk, bad, ScoreOrientation.HIGHER_IS_RISKIER);
  }
}
