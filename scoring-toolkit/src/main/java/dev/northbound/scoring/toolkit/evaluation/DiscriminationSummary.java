package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;

/**
 * The discrimination metrics of one scored sample.
 *
 * @param rows the number of rows
 * @param bads the number of bads
 * @param auc the area under the ROC curve (Mann–Whitney, ties counting one half)
 * @param gini {@code 2 * auc - 1}
 * @param ks the KS statistic and the cutoff where it peaks
 * @param accuracyRatio the accuracy ratio from the area under the CAP curve; equal to {@code gini}
 *     up to rounding, computed independently as a check
 */
public record DiscriminationSummary(
    int rows, int bads, double auc, double gini, KsStatistic ks, double accuracyRatio) {

  /** Checks the counts and that every metric is finite and in range. */
  public DiscriminationSummary {
    Objects.requireNonNull(ks, "ks");
    EvaluationChecks.require(bads > 0 && bads < rows, "bads must be in (0, rows)");
    EvaluationChecks.require(auc >= 0 && auc <= 1, "auc must be in [0, 1]");
    EvaluationChecks.require(gini >= -1 && gini <= 1, "gini must be in [-1, 1]");
    EvaluationChecks.require(Double.isFinite(accuracyRatio), "accuracyRatio must be finite");
  }
}
