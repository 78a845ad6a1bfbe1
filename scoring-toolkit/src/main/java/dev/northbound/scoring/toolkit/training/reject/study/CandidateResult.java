package dev.northbound.scoring.toolkit.training.reject.study;

import java.util.Objects;
import java.util.Optional;

/**
 * One candidate's scorecard on the test part.
 *
 * @param name the candidate's name
 * @param trainingRows the rows it trained on (a weighted row counts once)
 * @param trainingWeight the sum of their weights
 * @param cvAuc the cross-validated AUC that {@code train} would report on those rows (mean of the
 *     folds; on inferred outcomes, so not a measure of the truth)
 * @param characteristics the characteristics the scorecard selected
 * @param throughTheDoor the figures on every test applicant with the truth; empty without a truth
 * @param tradeoff the approval/bad-rate trade-off at the incumbent's approval rate; empty without
 *     a truth
 * @param accepts the figures on the test accepts alone
 */
public record CandidateResult(String name, int trainingRows, double trainingWeight, double cvAuc,
    int characteristics, Optional<ViewMetrics> throughTheDoor, Optional<ApprovalTradeoff> tradeoff,
    ViewMetrics accepts) {

  /** Validates. */
  public CandidateResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(throughTheDoor, "throughTheDoor");
    Objects.requireNonNull(tradeoff, "tradeoff");
    Objects.requireNonNull(accepts, "accepts");
    if (throughTheDoor.isPresent() != tradeoff.isPresent()) {
      throw new IllegalArgumentException("throughTheDoor and tradeoff come together");
    }
  }
}
