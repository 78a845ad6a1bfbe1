package dev.northbound.scoring.toolkit.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Outcomes by group at one cutoff, compared with a reference group.
 *
 * @param referenceGroup the label of the reference group
 * @param cutoff the cutoff ({@link ScoreOrientation#approves})
 * @param groups one entry per group, in ascending label order
 */
public record FairnessReport(String referenceGroup, double cutoff, List<GroupOutcome> groups) {

  /** Checks that the reference group is among the groups; the list is copied. */
  public FairnessReport {
    Objects.requireNonNull(referenceGroup, "referenceGroup");
    groups = List.copyOf(groups);
    EvaluationChecks.require(Double.isFinite(cutoff), "cutoff must be finite");
    EvaluationChecks.require(groups.stream().anyMatch(g -> g.group().equals(referenceGroup)),
        "the reference group must be among the groups");
  }
}
