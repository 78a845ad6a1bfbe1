package dev.northbound.scoring.spark;

import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.GainsTable;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import java.util.List;
import java.util.Objects;

/**
 * The metrics of a distributed evaluation, each equal to its single-machine counterpart in
 * {@code models.evaluation} on the same rows (docs/metrics.md, docs/spark.md).
 *
 * @param rowsScored rows scored with a good or bad outcome (the rows every metric is computed on)
 * @param rowsSkipped rows that failed scoring (counted, never silently lost)
 * @param rowsIndeterminate rows scored but with an indeterminate or missing outcome
 * @param discrimination AUC, Gini, KS and accuracy ratio
 * @param brierScore the Brier score of the PDs
 * @param logLoss the log loss of the PDs
 * @param deciles the score deciles ({@code ScoreBands.quantiles(scores, 10)})
 * @param gains the gains table over the deciles
 * @param calibration the calibration table over the deciles
 */
public record EvaluationSummary(long rowsScored, long rowsSkipped, long rowsIndeterminate,
    DiscriminationSummary discrimination, double brierScore, double logLoss, ScoreBands deciles, GainsTable gains,
    List<CalibrationRow> calibration) {

  /** Checks the counts and copies the list. */
  public EvaluationSummary {
    if (rowsScored < 0 || rowsSkipped < 0 || rowsIndeterminate < 0) {
      throw new IllegalArgumentException("row counts must not be negative");
    }
    Objects.requireNonNull(discrimination, "discrimination");
    Objects.requireNonNull(deciles, "deciles");
    Objects.requireNonNull(gains, "gains");
    calibration = List.copyOf(calibration);
  }
}
