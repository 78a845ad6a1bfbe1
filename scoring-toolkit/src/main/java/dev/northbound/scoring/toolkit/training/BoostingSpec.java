package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.definition.DefinitionJson;

/**
 * The boosting settings of a training spec ({@code "boosting"} in docs/training-spec.md), read by
 * {@code train --method boosted}: how the boosted additive scorecard is fitted (docs/boosted-scorecard.md).
 * The per-characteristic monotone constraints are the characteristics' {@code trend}s. Immutable.
 *
 * @param bags the number of bags, 1 to 64
 * @param learningRate the shrinkage of every Newton step, in {@code (0, 1]}
 * @param maxRounds the most boosting cycles per bag, 1 to 100,000
 * @param earlyStoppingRounds cycles without a lower validation log loss before a bag stops, at least 1
 * @param validationShare the share of each bag's rows held out for early stopping, in {@code (0, 0.5]}
 * @param maxBins the most interval bins of a numeric characteristic, 2 to 1,024
 * @param minBinRows the fewest rows of an interval bin or of a category of its own, at least 1
 * @param minSamplesLeaf the fewest training rows of a leaf or an interaction quadrant, at least 1
 * @param maxLeaves the most leaves of a tree over interval bins, 2 to 64
 * @param l2 the L2 penalty added to every leaf's Hessian sum, finite, not negative
 * @param maxInteractions the most pairwise interactions, 0 (none) to 100
 * @param interactionBins the most interval bins of an interaction axis, 2 to 64
 * @param mergeTolerance the largest points gap at which adjacent interval bins merge, finite, not negative
 */
public record BoostingSpec(int bags, double learningRate, int maxRounds, int earlyStoppingRounds,
    double validationShare, int maxBins, int minBinRows, int minSamplesLeaf, int maxLeaves, double l2,
    int maxInteractions, int interactionBins, double mergeTolerance) {

  /**
   * Validates every setting.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException at {@code /boosting/<field>} with the
   *     rule the value breaks
   */
  public BoostingSpec {
    range(bags, 1, 64, "bags");
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw DefinitionJson.fail("/boosting/learningRate", "must be in (0, 1]", Double.toString(learningRate));
    }
    range(maxRounds, 1, 100_000, "maxRounds");
    range(earlyStoppingRounds, 1, 100_000, "earlyStoppingRounds");
    if (!(validationShare > 0 && validationShare <= 0.5)) {
      throw DefinitionJson.fail("/boosting/validationShare", "must be in (0, 0.5]", Double.toString(validationShare));
    }
    range(maxBins, 2, 1024, "maxBins");
    range(minBinRows, 1, Integer.MAX_VALUE, "minBinRows");
    range(minSamplesLeaf, 1, Integer.MAX_VALUE, "minSamplesLeaf");
    range(maxLeaves, 2, 64, "maxLeaves");
    if (!(l2 >= 0 && Double.isFinite(l2))) {
      throw DefinitionJson.fail("/boosting/l2", "must be a finite number, not negative", Double.toString(l2));
    }
    range(maxInteractions, 0, 100, "maxInteractions");
    range(interactionBins, 2, 64, "interactionBins");
    if (!(mergeTolerance >= 0 && Double.isFinite(mergeTolerance))) {
      throw DefinitionJson.fail("/boosting/mergeTolerance", "must be a finite number of points, not negative",
          Double.toString(mergeTolerance));
    }
  }

  /**
   * The defaults: 8 bags, learning rate 0.05, at most 2,000 cycles stopping after 50 without
   * improvement, 15% held out, 64 bins of at least 10 rows, leaves of at least 20 rows, 3 leaves,
   * L2 0.001, at most 5 interactions over 8 bins an axis, bins within 1 point merged.
   */
  public static BoostingSpec defaults() {
    return new BoostingSpec(8, 0.05, 2000, 50, 0.15, 64, 10, 20, 3, 1e-3, 5, 8, 1.0);
  }

  /** These settings with at most {@code most} interactions (0 for a purely additive card). */
  public BoostingSpec withMaxInteractions(int most) {
    return new BoostingSpec(bags, learningRate, maxRounds, earlyStoppingRounds, validationShare, maxBins,
        minBinRows, minSamplesLeaf, maxLeaves, l2, most, interactionBins, mergeTolerance);
  }

  private static void range(int value, int least, int most, String field) {
    if (value < least || value > most) {
      throw DefinitionJson.fail("/boosting/" + field, most == Integer.MAX_VALUE ? "must be at least " + least
          : "must be from " + least + " to " + most, Integer.toString(value));
    }
  }
}
