package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;

/**
 * One bin of a stability index.
 *
 * @param label the bin: a {@link BandRange} label such as {@code "[520.0, 540.0)"} or {@code
 *     "code 3"} for a category
 * @param baselineCount the baseline rows in the bin
 * @param currentCount the current rows in the bin
 * @param baselineShare the baseline share used in the formula: count / total, or {@link
 *     Stability#EMPTY_BIN_SHARE} when the count is 0
 * @param currentShare the current share, with the same rule
 * @param contribution {@code (currentShare - baselineShare) * ln(currentShare / baselineShare)},
 *     at least 0
 */
public record StabilityBin(
    String label, long baselineCount, long currentCount, double baselineShare,
    double currentShare, double contribution) {

  /** Checks the values. */
  public StabilityBin {
    Objects.requireNonNull(label, "label");
    EvaluationChecks.require(baselineCount >= 0 && currentCount >= 0, "counts must be >= 0");
    EvaluationChecks.require(baselineShare > 0 && baselineShare <= 1 && currentShare > 0
        && currentShare <= 1, "shares must be in (0, 1]");
    EvaluationChecks.require(contribution >= 0 && Double.isFinite(contribution),
        "contribution must be finite, >= 0");
  }
}
