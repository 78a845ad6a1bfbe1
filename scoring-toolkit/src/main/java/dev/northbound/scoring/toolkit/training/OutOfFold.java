package dev.northbound.scoring.toolkit.training;

import java.util.Arrays;

/**
 * Cross-validated predictions: every row's points from the scorecard of the fold that held it out
 * (trained, binning and selection included, without it). They give held-out ROC, KS and
 * calibration over all rows at once. Immutable.
 *
 * @param scores one score per row of the training data, in row order (copied)
 */
public record OutOfFold(double[] scores) {

  /** Copies. */
  public OutOfFold {
    scores = scores.clone();
  }

  /** A copy of the scores. */
  @Override
  public double[] scores() {
    return scores.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutOfFold other && Arrays.equals(scores, other.scores);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(scores);
  }

  @Override
  public String toString() {
    return "OutOfFold[" + scores.length + " rows]";
  }
}
