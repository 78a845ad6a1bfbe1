package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.List;
import java.util.Objects;

/**
 * A learnt pairwise interaction on the coarse axes of its two characteristics, averaged over the
 * bags. Cells are ordered by the first axis, then the second ({@code i * second.size() + j}).
 * Immutable.
 *
 * @param first the first characteristic (earlier in column order)
 * @param second the second characteristic
 * @param fastGain the FAST gain that chose it
 * @param firstAxis the first characteristic's coarse bins
 * @param secondAxis the second characteristic's coarse bins
 * @param rows the training rows per cell
 * @param logOdds the contribution to the log-odds of bad per cell, centred to a row-weighted mean
 *     of 0
 * @param points the points per cell (whole when the spec asks for integer points)
 */
public record Interaction(String first, String second, double fastGain,
    List<Attribute> firstAxis, List<Attribute> secondAxis, List<Long> rows, List<Double> logOdds,
    List<Double> points) {

  /** Validates and copies. */
  public Interaction {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    firstAxis = List.copyOf(firstAxis);
    secondAxis = List.copyOf(secondAxis);
    rows = List.copyOf(rows);
    logOdds = List.copyOf(logOdds);
    points = List.copyOf(points);
    int n = firstAxis.size() * secondAxis.size();
    if (rows.size() != n || logOdds.size() != n || points.size() != n) {
      throw new IllegalArgumentException("every list must have one element per cell (" + n + ")");
    }
  }

  /** The importance: the row-weighted mean of the absolute points. */
  public double importance() {
    return Shape.importance(rows, points);
  }
}
