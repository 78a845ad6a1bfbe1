package dev.northbound.scoring.toolkit.training.reject.study;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link RejectInferenceStudy#run}: the split and every candidate's figures.
 *
 * @param testShare the share of the accepts and of the rejects held out for the test
 * @param seed the seed of the split
 * @param developmentAccepts the accepts the candidates trained on
 * @param developmentRejects the rejects the candidates could use
 * @param testAccepts the accepts tested on
 * @param testRejects the rejects tested on (through the door, with the truth)
 * @param truth whether the rejects' true outcomes were known; without them the through-the-door
 *     figures are absent and {@link #note()} says why
 * @param candidates the candidates' figures, in the order given
 */
public record StudyResult(double testShare, long seed, int developmentAccepts,
    int developmentRejects, int testAccepts, int testRejects, boolean truth,
    List<CandidateResult> candidates) {

  /** The note of a study without truth. */
  public static final String NO_TRUTH_NOTE = "No truth file: the rejected applicants' outcomes are"
      + " unknown, so the through-the-door figures (AUC, KS, Brier, calibration and the"
      + " approval/bad-rate trade-off over every applicant) cannot be computed; only the figures on"
      + " the accepted applicants are shown, which is all a bank can compute on real data.";

  /** Copies. */
  public StudyResult {
    candidates = List.copyOf(candidates);
  }

  /** Why the through-the-door view is absent; empty when the study had the truth. */
  public Optional<String> note() {
    return truth ? Optional.empty() : Optional.of(NO_TRUTH_NOTE);
  }
}
