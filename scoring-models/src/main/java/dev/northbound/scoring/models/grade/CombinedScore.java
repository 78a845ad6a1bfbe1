package dev.northbound.scoring.models.grade;

import dev.northbound.scoring.core.model.ScoreResult;
import java.util.Objects;

/**
 * A capacity × willingness score: both sub-scores, with their partial scores and reason codes, and
 * the combined grade the matrix gives them.
 *
 * @param capacity the capacity sub-score
 * @param willingness the willingness sub-score
 * @param grade the combined grade
 * @param gradeRank the combined grade's index in the matrix's combined grades (0 is best); not negative
 */
public record CombinedScore(ScoreResult capacity, ScoreResult willingness, String grade, int gradeRank) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the rank is negative or the grade blank
   */
  public CombinedScore {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(willingness, "willingness");
    Objects.requireNonNull(grade, "grade");
    if (grade.isBlank() || gradeRank < 0) {
      throw new IllegalArgumentException("combined grade must not be blank and its rank not negative, found rank "
          + gradeRank);
    }
  }
}
