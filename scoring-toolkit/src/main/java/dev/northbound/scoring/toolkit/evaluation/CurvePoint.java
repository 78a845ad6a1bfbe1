package dev.northbound.scoring.toolkit.evaluation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One point of a ROC or CAP curve. The rows are flagged riskiest first; a point is reached after
 * flagging every row at least as risky as {@code score}.
 *
 * @param x the share of goods flagged (ROC: false positive rate) or of all rows flagged (CAP)
 * @param y the share of bads flagged (true positive rate, or bads captured)
 * @param score the score of the last group flagged; empty at the origin, where nothing is flagged
 */
public record CurvePoint(double x, double y, OptionalDouble score) {

  /** Checks that both coordinates are in [0, 1] and the score, if any, finite. */
  public CurvePoint {
    Objects.requireNonNull(score, "score");
    EvaluationChecks.require(x >= 0 && x <= 1 && y >= 0 && y <= 1, "x and y must be in [0, 1]");
    EvaluationChecks.require(score.isEmpty() || Double.isFinite(score.getAsDouble()),
        "score must be finite");
  }
}
