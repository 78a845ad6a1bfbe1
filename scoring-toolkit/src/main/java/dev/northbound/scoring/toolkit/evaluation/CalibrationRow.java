package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;

/**
 * Predicted against observed in one band (of scores for the calibration table, of predicted PDs
 * for the Hosmer–Lemeshow groups).
 *
 * @param range the band
 * @param rows the rows in the band, at least 1
 * @param bads the bads in the band (observed)
 * @param expectedBads the sum of the predicted PDs in the band (expected bads)
 * @param meanPd {@code expectedBads / rows}
 * @param observedBadRate {@code bads / rows}
 */
public record CalibrationRow(
    BandRange range, long rows, long bads, double expectedBads, double meanPd,
    double observedBadRate) {

  /** Checks the counts and that the rates are in [0, 1]. */
  public CalibrationRow {
    Objects.requireNonNull(range, "range");
    EvaluationChecks.require(rows > 0 && bads >= 0 && bads <= rows, "need 0 <= bads <= rows and rows > 0");
    EvaluationChecks.require(expectedBads >= 0 && Double.isFinite(expectedBads), "expectedBads must be >= 0");
    EvaluationChecks.require(meanPd >= 0 && meanPd <= 1, "meanPd must be in [0, 1]");
    EvaluationChecks.require(observedBadRate >= 0 && observedBadRate <= 1,
        "observedBadRate must be in [0, 1]");
  }
}
