package dev.northbound.scoring.models.decision;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Both scores of a second-look decision: the score with alternative data and the score on bureau data
 * only, each with its band, and which band the decision used. For a thick file the better band is
 * used (alternative data may raise the outcome, never lower it below bureau-only; on a tie, the score
 * with alternative data); for a thin file the bureau-only score is ignored.
 *
 * @param points the points with alternative data; empty for a combined score (banded by grade)
 * @param grade the grade with alternative data (the combined grade for a combined score)
 * @param band the band with alternative data
 * @param bureauOnlyPoints the points on bureau data only; empty for a combined score
 * @param bureauOnlyGrade the grade on bureau data only
 * @param bureauOnlyBand the band on bureau data only
 * @param used which of the two bands the decision used
 */
public record SecondLook(OptionalDouble points, String grade, DecisionOutcome band, OptionalDouble bureauOnlyPoints,
    String bureauOnlyGrade, DecisionOutcome bureauOnlyBand, Basis used) {

  /** Which score a second-look decision was banded by. */
  public enum Basis {
    /** The score with alternative data (the better or equal band of a thick file). */
    WITH_ALTERNATIVE_DATA,
    /** The bureau-only score: its band was better than the one with alternative data. */
    BUREAU_ONLY,
    /** The file is thin, so the bureau-only score was ignored and the score with alternative data used. */
    THIN_FILE_IGNORED_BUREAU_ONLY
  }

  /** Validates the components. */
  public SecondLook {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(bureauOnlyPoints, "bureauOnlyPoints");
    Objects.requireNonNull(bureauOnlyGrade, "bureauOnlyGrade");
    Objects.requireNonNull(bureauOnlyBand, "bureauOnlyBand");
    Objects.requireNonNull(used, "used");
  }

  /** The band the decision used. */
  public DecisionOutcome usedBand() {
    return used == Basis.BUREAU_ONLY ? bureauOnlyBand : band;
  }
}
