package dev.northbound.scoring.models.scaling;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.HashSet;
import java.util.List;

/**
 * Risk grades from points cutoffs, best grade first: a score of at least {@code cutoffs[0]} gets
 * {@code labels[0]}, else at least {@code cutoffs[1]} gets {@code labels[1]}, and so on; a score below
 * every cutoff gets the last label. So there is one cutoff fewer than labels.
 *
 * @param labels the grade labels, best first, distinct (copied)
 * @param cutoffs the lowest points of each grade but the last, strictly decreasing and finite (copied)
 */
public record RiskGrades(List<String> labels, List<Double> cutoffs) {

  /**
   * Validates the grades.
   *
   * @throws ModelDefinitionException if there are no labels, a label is blank or repeats, the
   *     number of cutoffs is not one fewer than the labels, or the cutoffs are not finite and strictly
   *     decreasing
   */
  public RiskGrades {
    labels = List.copyOf(labels);
    cutoffs = List.copyOf(cutoffs);
    if (labels.isEmpty()) {
      throw new ModelDefinitionException("/labels", "must hold at least one label", "no labels");
    }
    if (cutoffs.size() != labels.size() - 1) {
      throw new ModelDefinitionException("/cutoffs", "must hold one cutoff fewer than there are labels ("
          + (labels.size() - 1) + ")", cutoffs.size() + " cutoffs");
    }
    HashSet<String> seen = new HashSet<>();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).isBlank() || !seen.add(labels.get(i))) {
        throw new ModelDefinitionException("/labels/" + i, "must be distinct and not blank",
            labels.get(i).isBlank() ? "a blank label" : "a label that repeats");
      }
    }
    for (int i = 0; i < cutoffs.size(); i++) {
      double c = cutoffs.get(i);
      if (!Double.isFinite(c) || (i > 0 && !(c < cutoffs.get(i - 1)))) {
        throw new ModelDefinitionException("/cutoffs/" + i, "must be finite and below the previous cutoff",
            Double.isFinite(c) ? "a cutoff not below the previous one" : ModelDefinitionException.describe(c));
      }
    }
  }

  /** Grades with the given labels (best first) and cutoffs. */
  public static RiskGrades of(List<String> labels, List<Double> cutoffs) {
    return new RiskGrades(labels, cutoffs);
  }

  /** The index in {@link #labels()} of the grade for {@code points}. */
  public int indexOf(double points) {
    int g = 0;
    for (double c : cutoffs) {
      g += points < c ? 1 : 0;
    }
    return g;
  }
}
