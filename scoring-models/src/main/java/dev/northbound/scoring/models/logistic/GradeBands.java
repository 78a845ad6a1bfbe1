package dev.northbound.scoring.models.logistic;

import java.util.List;

/**
 * Risk grades by point cutoffs: grade {@code i} is given to a score of at least {@code cutoffs[i]}
 * and below the previous cutoff; the last grade takes every score below the last cutoff. Grades are
 * listed best first, so cutoffs strictly decrease and there is one cutoff fewer than grades.
 *
 * <p>Example: grades {@code [A, B, C]} with cutoffs {@code [620, 580]}: 620 and up is A, 580 up to
 * 620 is B, below 580 is C.
 *
 * @param grades the grade labels, best first; unique and not blank
 * @param cutoffs the lower point bound of every grade but the last, strictly decreasing
 */
public record GradeBands(List<String> grades, List<Double> cutoffs) {

  /**
   * Validates the bands; the lists are copied.
   *
   * @throws IllegalArgumentException if the sizes do not fit, a label is blank or repeated, or the
   *     cutoffs are not finite and strictly decreasing
   */
  public GradeBands {
    grades = List.copyOf(grades);
    cutoffs = List.copyOf(cutoffs);
    if (grades.isEmpty() || cutoffs.size() != grades.size() - 1) {
      throw new IllegalArgumentException("expected one cutoff fewer than grades, found " + grades.size()
          + " grades and " + cutoffs.size() + " cutoffs");
    }
    if (grades.stream().anyMatch(String::isBlank) || grades.stream().distinct().count() != grades.size()) {
      throw new IllegalArgumentException("grade labels must be unique and not blank");
    }
    for (int i = 0; i < cutoffs.size(); i++) {
      double c = cutoffs.get(i);
      if (!Double.isFinite(c) || (i > 0 && !(c < cutoffs.get(i - 1)))) {
        throw new IllegalArgumentException("cutoffs must be finite and strictly decreasing, found " + cutoffs);
      }
    }
  }

  /** Bands of the given labels (best first) and cutoffs (decreasing). */
  public static GradeBands of(List<String> grades, List<Double> cutoffs) {
    return new GradeBands(grades, cutoffs);
  }

  /** The index of the grade a score falls in. Allocates nothing. */
  public int gradeIndex(double points) {
    for (int i = 0; i < cutoffs.size(); i++) {
      if (points >= cutoffs.get(i)) {
        return i;
      }
    }
    return cutoffs.size();
  }
}
