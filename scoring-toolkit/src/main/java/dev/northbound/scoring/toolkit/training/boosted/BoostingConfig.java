package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.toolkit.training.BoostingSpec;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The configuration of {@link BoostedScorecardTrainer}: the WoE trainer's {@link TrainingConfig}
 * (its seed, folds, challengers, scaling, special values, and spec: roles, protected attributes,
 * trends, reason texts, integer points) plus the boosting settings. Start from {@link #defaults()}
 * and change fields with the withers; every value is checked when the record is made.
 *
 * @param training the shared training configuration
 * @param identity the id, version, trainer, time and extra provenance settings of the scorecard
 * @param threads the threads the bags run on, at least 1 (does not change the result)
 * @param bags the number of bags, at least 1 (default 8)
 * @param learningRate the shrinkage of every Newton step, in {@code (0, 1]} (default 0.05)
 * @param maxRounds the most boosting cycles per bag, at least 1 (default 2000)
 * @param earlyStoppingRounds cycles without a lower validation log loss before a bag stops, at
 *     least 1 (default 50)
 * @param validationShare the share of each bag's rows held out for early stopping, in
 *     {@code (0, 1)} (default 0.15)
 * @param maxBins the most interval bins of a numeric characteristic, at least 2 (default 64)
 * @param minBinRows the fewest rows of an interval bin or of a category of its own, at least 1
 *     (default 10)
 * @param minSamplesLeaf the fewest training rows of a tree leaf over interval bins and of an
 *     interaction quadrant, at least 1 (default 20)
 * @param maxLeaves the most leaves of a tree over interval bins, at least 2 (default 3)
 * @param l2 the L2 penalty added to every leaf's Hessian sum, not negative (default 0.001)
 * @param maxInteractions the most pairwise interactions, 0 for none (default 5)
 * @param interactionBins the most interval bins of an interaction axis, at least 2 (default 8)
 * @param mergeTolerance the largest points gap at which adjacent interval bins merge, not negative
 *     (default 1 point; 0 merges only equal points)
 * @param monotone risk directions by characteristic that override the spec's trend and the schema's
 *     risk direction ({@link RiskDirection#NONE} lifts a constraint); sorted
 */
public record BoostingConfig(TrainingConfig training, ModelIdentity identity, int threads, int bags,
    double learningRate, int maxRounds, int earlyStoppingRounds, double validationShare,
    int maxBins, int minBinRows, int minSamplesLeaf, int maxLeaves, double l2,
    int maxInteractions, int interactionBins, double mergeTolerance,
    Map<String, RiskDirection> monotone) {

  /** Validates and copies. */
  public BoostingConfig {
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(identity, "identity");
    check(threads >= 1, "threads", threads);
    check(bags >= 1, "bags", bags);
    check(learningRate > 0 && learningRate <= 1, "learningRate", learningRate);
    check(maxRounds >= 1, "maxRounds", maxRounds);
    check(earlyStoppingRounds >= 1, "earlyStoppingRounds", earlyStoppingRounds);
    check(validationShare > 0 && validationShare < 1, "validationShare", validationShare);
    check(maxBins >= 2 && maxBins <= 4096, "maxBins", maxBins);
    check(minBinRows >= 1, "minBinRows", minBinRows);
    check(minSamplesLeaf >= 1, "minSamplesLeaf", minSamplesLeaf);
    check(maxLeaves >= 2, "maxLeaves", maxLeaves);
    check(l2 >= 0 && Double.isFinite(l2), "l2", l2);
    check(maxInteractions >= 0, "maxInteractions", maxInteractions);
    check(interactionBins >= 2, "interactionBins", interactionBins);
    check(mergeTolerance >= 0 && Double.isFinite(mergeTolerance), "mergeTolerance",
        mergeTolerance);
    monotone = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(monotone)));
  }

  private static void check(boolean ok, String name, double found) {
    if (!ok) {
      throw new IllegalArgumentException(name + " is out of range; found " + found);
    }
  }

  /**
   * The defaults: {@code TrainingConfig.builder().build()} (seed 42, 5 folds, no challengers),
   * identity {@code boosted-scorecard} version 1 trained by {@code northbound boosted} at the epoch,
   * threads = available processors, and the defaults listed on the components.
   */
  public static BoostingConfig defaults() {
    return of(TrainingConfig.builder().build(), BoostingSpec.defaults(),
        ModelIdentity.of("boosted-scorecard", "1", "northbound boosted", Instant.EPOCH));
  }

  /**
   * The configuration of a training spec's boosting settings ({@link TrainingSpec#boosting()}, or
   * {@link BoostingSpec#defaults()} when it has none), on all available processors, with no
   * explicit monotone directions (the spec's trends and the schema's risk directions apply).
   */
  public static BoostingConfig of(TrainingConfig training, BoostingSpec b, ModelIdentity identity) {
    return new BoostingConfig(training, identity, Runtime.getRuntime().availableProcessors(), b.bags(),
        b.learningRate(), b.maxRounds(), b.earlyStoppingRounds(), b.validationShare(), b.maxBins(),
        b.minBinRows(), b.minSamplesLeaf(), b.maxLeaves(), b.l2(), b.maxInteractions(), b.interactionBins(),
        b.mergeTolerance(), Map.of());
  }

  /** The boosting settings as a training spec's {@code boosting} section. */
  public BoostingSpec spec() {
    return new BoostingSpec(bags, learningRate, maxRounds, earlyStoppingRounds, validationShare, maxBins,
        minBinRows, minSamplesLeaf, maxLeaves, l2, maxInteractions, interactionBins, mergeTolerance);
  }

  /** With another training configuration. */
  public BoostingConfig withTraining(TrainingConfig value) {
    return new BoostingConfig(value, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With another identity. */
  public BoostingConfig withIdentity(ModelIdentity value) {
    return new BoostingConfig(training, value, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With another number of threads. */
  public BoostingConfig withThreads(int value) {
    return new BoostingConfig(training, identity, value, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With another number of bags. */
  public BoostingConfig withBags(int value) {
    return new BoostingConfig(training, identity, threads, value, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With another learning rate. */
  public BoostingConfig withLearningRate(double value) {
    return new BoostingConfig(training, identity, threads, bags, value, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With other round limits: the most cycles and the early-stopping patience. */
  public BoostingConfig withRounds(int most, int patience) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, most, patience,
        validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2, maxInteractions,
        interactionBins, mergeTolerance, monotone);
  }

  /** With another validation share. */
  public BoostingConfig withValidationShare(double value) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, value, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With other fine-binning limits: the most interval bins and the fewest rows per bin. */
  public BoostingConfig withBins(int most, int fewestRows) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, most, fewestRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With other tree limits: the most leaves, the fewest rows per leaf, and the L2 penalty. */
  public BoostingConfig withTrees(int leaves, int fewestRows, double penalty) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, fewestRows, leaves, penalty,
        maxInteractions, interactionBins, mergeTolerance, monotone);
  }

  /** With other interaction limits: the most pairs (0 for none) and the bins per axis. */
  public BoostingConfig withInteractions(int most, int axisBins) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        most, axisBins, mergeTolerance, monotone);
  }

  /** With another merge tolerance. */
  public BoostingConfig withMergeTolerance(double value) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, value, monotone);
  }

  /** With other explicit monotone directions. */
  public BoostingConfig withMonotone(Map<String, RiskDirection> value) {
    return new BoostingConfig(training, identity, threads, bags, learningRate, maxRounds,
        earlyStoppingRounds, validationShare, maxBins, minBinRows, minSamplesLeaf, maxLeaves, l2,
        maxInteractions, interactionBins, mergeTolerance, value);
  }

  /** The seed (the training configuration's). */
  public long seed() {
    return training.seed();
  }

  /**
   * The boosting settings under stable keys {@code boosting.*} for the provenance (the thread count
   * is left out: it does not change the model).
   */
  Map<String, String> settings() {
    Map<String, String> s = new TreeMap<>();
    s.put("boosting.bags", Integer.toString(bags));
    s.put("boosting.learningRate", Double.toString(learningRate));
    s.put("boosting.maxRounds", Integer.toString(maxRounds));
    s.put("boosting.earlyStoppingRounds", Integer.toString(earlyStoppingRounds));
    s.put("boosting.validationShare", Double.toString(validationShare));
    s.put("boosting.maxBins", Integer.toString(maxBins));
    s.put("boosting.minBinRows", Integer.toString(minBinRows));
    s.put("boosting.minSamplesLeaf", Integer.toString(minSamplesLeaf));
    s.put("boosting.maxLeaves", Integer.toString(maxLeaves));
    s.put("boosting.l2", Double.toString(l2));
    s.put("boosting.maxInteractions", Integer.toString(maxInteractions));
    s.put("boosting.interactionBins", Integer.toString(interactionBins));
    s.put("boosting.mergeTolerance", Double.toString(mergeTolerance));
    monotone.forEach((k, v) -> s.put("boosting.monotone." + k, v.name()));
    return s;
  }
}
