package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.Dataset;

/**
 * A challenger model that {@link ScorecardTrainer} cross-validates beside the scorecard, on the same
 * folds, so a modeller sees what a less constrained model would gain. The toolkit ships none: the
 * opt-in {@code scoring-tribuo} module provides XGBoost and CART ({@code TribuoChallenger}), and a
 * modeller may plug in another. Implementations must be deterministic for a given seed and
 * thread-safe.
 */
public interface Challenger {

  /**
   * The stable code reported with the challenger's AUCs and written into a model's training
   * settings, for example {@code "xgboost"}.
   */
  String code();

  /**
   * Trains on {@code train} and returns the risk of every row of {@code test}, higher is riskier.
   *
   * @param train the fold's training rows
   * @param test the fold's held-out rows
   * @param seed the seed of this fold's training
   * @return one risk per row of {@code test}
   */
  double[] riskOf(Dataset train, Dataset test, long seed);
}
