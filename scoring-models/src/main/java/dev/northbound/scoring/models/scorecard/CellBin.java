package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.Objects;

/**
 * One cell of an interaction characteristic: the applicants whose value of the characteristic's
 * feature lies in {@code first} and whose value of its partner lies in {@code second} earn
 * {@code points}. The axis bins carry no points of their own (their points are 0); an interaction's
 * cells are the full product of its two axes (see {@link Characteristic#interaction}).
 *
 * @param first the bin of the characteristic's feature (not a cell; points 0)
 * @param second the bin of the partner feature (not a cell; points 0)
 * @param points the points earned
 */
public record CellBin(Bin first, Bin second, double points) implements Bin {

  /** What joins the two axis labels in a cell's label. */
  public static final String JOIN = " × ";

  /**
   * Validates the cell.
   *
   * @throws ModelDefinitionException if an axis bin is a cell or carries points, or the points are
   *     not finite
   */
  public CellBin {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    axis(first, "/first");
    axis(second, "/second");
    ScorecardChecks.finitePoints(points, "/points");
  }

  /** The two axis labels joined, for example {@code "[0, 3) × missing"}. */
  @Override
  public String label() {
    return first.label() + JOIN + second.label();
  }

  private static void axis(Bin bin, String at) {
    if (bin instanceof CellBin) {
      throw new ModelDefinitionException(at, "must be a bin of one feature, not a cell", "a cell");
    }
    if (bin.points() != 0.0) {
      throw new ModelDefinitionException(at + "/points", "must be 0: an axis bin carries no points of its own",
          ScorecardChecks.number(bin.points()));
    }
  }
}
