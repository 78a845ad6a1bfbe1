package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.model.ScoreResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The score cutoffs: on points ({@code points >= approveAtOrAbove} approves, {@code >= referAtOrAbove}
 * refers, below declines) and/or on grades (listed approve grades approve, listed refer grades refer,
 * any other grade declines). Points take precedence for a single score when both are given.
 */
final class ScoreBands {

  private final boolean hasPoints;
  private final double approveAt;
  private final double referAt;
  private final Set<String> approveGrades;
  private final Set<String> referGrades;

  /** Where the cutoffs are in the policy: "" at the top level, "/thinFilePath" for thin files. */
  private final String at;

  private ScoreBands(boolean hasPoints, double approveAt, double referAt, Set<String> approve, Set<String> refer,
      String at) {
    this.at = at;
    this.hasPoints = hasPoints;
    this.approveAt = approveAt;
    this.referAt = referAt;
    this.approveGrades = approve;
    this.referGrades = refer;
  }

  static ScoreBands of(PolicyJson.PointsCutoffs points, PolicyJson.GradeCutoffs grades) {
    return of(points, grades, "");
  }

  /** The bands of cutoff objects found under {@code at} (the top level "", or "/thinFilePath"). */
  static ScoreBands of(PolicyJson.PointsCutoffs points, PolicyJson.GradeCutoffs grades, String at) {
    if (points == null && grades == null) {
      throw fail(at, "must define pointsCutoffs or gradeCutoffs", "neither");
    }
    double approve = Double.NaN;
    double refer = Double.NaN;
    if (points != null) {
      approve = finite(points.approveAtOrAbove(), at + "/pointsCutoffs/approveAtOrAbove");
      refer = finite(points.referAtOrAbove(), at + "/pointsCutoffs/referAtOrAbove");
      if (refer > approve) {
        throw fail(at + "/pointsCutoffs/referAtOrAbove", "must not exceed approveAtOrAbove", "a higher cutoff");
      }
    }
    Set<String> a = null;
    Set<String> r = null;
    if (grades != null) {
      a = labels(grades.approve(), at + "/gradeCutoffs/approve");
      r = labels(grades.refer(), at + "/gradeCutoffs/refer");
      if (a.isEmpty()) {
        throw fail(at + "/gradeCutoffs/approve", "must list at least one grade", "an empty list");
      }
      for (String g : r) {
        if (a.contains(g)) {
          throw fail(at + "/gradeCutoffs/refer", "must not repeat an approve grade", "a grade in both lists");
        }
      }
    }
    return new ScoreBands(points != null, approve, refer, a, r, at);
  }

  private static double finite(Double v, String pointer) {
    if (!Double.isFinite(required(v, pointer))) {
      throw fail(pointer, "must be finite", "a value that is not finite");
    }
    return v;
  }

  private static Set<String> labels(List<String> l, String pointer) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i < required(l, pointer).size(); i++) {
      if (!s.add(required(l.get(i), pointer + "/" + i))) {
        throw fail(pointer + "/" + i, "must not repeat a grade", "a repeated grade");
      }
    }
    return Set.copyOf(s);
  }

  boolean hasGradeCutoffs() {
    return approveGrades != null;
  }

  /** Fails if a listed grade is not one of {@code produced}. */
  void requireGrades(List<String> produced, String whose) {
    if (approveGrades == null) {
      return;
    }
    for (String list : List.of("approve", "refer")) {
      Set<String> grades = list.equals("approve") ? approveGrades : referGrades;
      for (String g : grades) {
        if (!produced.contains(g)) {
          throw fail(at + "/gradeCutoffs/" + list, "must list only " + whose + " grades " + produced,
              "a grade the model cannot produce");
        }
      }
    }
  }

  DecisionOutcome band(ScoreResult score) {
    if (hasPoints) {
      return score.points() >= approveAt ? DecisionOutcome.APPROVE : score.points() >= referAt ? DecisionOutcome.REFER : DecisionOutcome.DECLINE;
    }
    return bandOfGrade(score.grade(), null);
  }

  DecisionOutcome bandOfGrade(String grade, String policyId) {
    if (approveGrades == null) {
      throw new IllegalStateException("policy " + policyId + " defines no gradeCutoffs, which a combined score needs");
    }
    return approveGrades.contains(grade) ? DecisionOutcome.APPROVE : referGrades.contains(grade) ? DecisionOutcome.REFER : DecisionOutcome.DECLINE;
  }
}
