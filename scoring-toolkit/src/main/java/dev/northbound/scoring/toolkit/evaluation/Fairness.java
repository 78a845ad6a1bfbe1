package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Outcomes by a grouping column (for example an age band or a district): approval rate and bad
 * rate per group, and their ratios to a reference group, which is either named or the largest group
 * (the first label in ascending order among equally large ones).
 *
 * <p>Stateless and thread-safe. Methods throw {@link IllegalArgumentException} if the arrays
 * differ in length or a named reference group is absent, and {@link InvalidInputException} if a
 * score is not finite, a group label is null, or the arrays are empty. Messages never echo labels.
 */
public final class Fairness {

  private Fairness() {}

  /**
   * Outcomes by group at a cutoff, against the largest group.
   *
   * @param groups the group label of each row
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param cutoff the approval cutoff
   * @return the report
   */
  public static FairnessReport byGroup(String[] groups, double[] scores, boolean[] bad,
      ScoreOrientation orientation, double cutoff) {
    return compute(groups, scores, bad, orientation, cutoff, Optional.empty());
  }

  /**
   * Outcomes by group at a cutoff, against a named group.
   *
   * @param groups the group label of each row
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param cutoff the approval cutoff
   * @param referenceGroup the label of the reference group
   * @return the report
   */
  public static FairnessReport byGroup(String[] groups, double[] scores, boolean[] bad,
      ScoreOrientation orientation, double cutoff, String referenceGroup) {
    Objects.requireNonNull(referenceGroup, "referenceGroup");
    return compute(groups, scores, bad, orientation, cutoff, Optional.of(referenceGroup));
  }

  /**
   * Outcomes by integer group code, against the largest group; labels are the decimal codes.
   *
   * @param codes the group code of each row
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param cutoff the approval cutoff
   * @return the report
   */
  public static FairnessReport byGroup(int[] codes, double[] scores, boolean[] bad,
      ScoreOrientation orientation, double cutoff) {
    String[] labels = new String[codes.length];
    for (int i = 0; i < codes.length; i++) {
      labels[i] = Integer.toString(codes[i]);
    }
    return compute(labels, scores, bad, orientation, cutoff, Optional.empty());
  }

  private static FairnessReport compute(String[] groups, double[] scores, boolean[] bad,
      ScoreOrientation orientation, double cutoff, Optional<String> reference) {
    Objects.requireNonNull(orientation, "orientation");
    EvaluationChecks.require(Double.isFinite(cutoff), "cutoff must be finite");
    EvaluationChecks.sameLength("groups", groups.length, "scores", scores.length);
    EvaluationChecks.sameLength("scores", scores.length, "bad", bad.length);
    EvaluationChecks.finite("scores", scores);
    Map<String, long[]> tallies = new HashMap<>();
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] == null) {
        throw new InvalidInputException("/groups/" + i, "must not be null", "null");
      }
      long[] t = tallies.computeIfAbsent(groups[i], g -> new long[3]);
      t[0]++;
      if (orientation.approves(scores[i], cutoff)) {
        t[1]++;
      }
      if (bad[i]) {
        t[2]++;
      }
    }
    List<String> labels = new ArrayList<>(tallies.keySet());
    labels.sort(null);
    String ref = reference.orElseGet(() -> largest(labels, tallies));
    long[] r = tallies.get(ref);
    EvaluationChecks.require(r != null, "the reference group must be among the groups");
    double refApproval = (double) r[1] / r[0];
    double refBad = (double) r[2] / r[0];
    List<GroupOutcome> outcomes = new ArrayList<>(labels.size());
    for (String label : labels) {
      long[] t = tallies.get(label);
      double approval = (double) t[1] / t[0];
      double badRate = (double) t[2] / t[0];
      outcomes.add(new GroupOutcome(label, t[0], t[1], t[2], approval, badRate,
          ratio(approval, refApproval), ratio(badRate, refBad)));
    }
    return new FairnessReport(ref, cutoff, outcomes);
  }

  private static String largest(List<String> sortedLabels, Map<String, long[]> tallies) {
    String best = sortedLabels.get(0);
    for (String label : sortedLabels) {
      if (tallies.get(label)[0] > tallies.get(best)[0]) {
        best = label;
      }
    }
    return best;
  }

  private static OptionalDouble ratio(double value, double reference) {
    return reference > 0 ? OptionalDouble.of(value / reference) : OptionalDouble.empty();
  }
}
