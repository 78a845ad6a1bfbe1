package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.List;
import java.util.Objects;

/**
 * The learnt shape of one characteristic on its fine bins, averaged over the bags. Immutable.
 *
 * @param characteristic the characteristic (column) name
 * @param bins the fine bins: interval bins in order, then special values, category groups, missing
 * @param rows the training rows per bin
 * @param bads the bad training rows per bin
 * @param logOdds the contribution to the log-odds of bad per bin, centred to a row-weighted mean of
 *     0, before the monotone constraint and the merge
 * @param finalLogOdds the contribution after the monotone constraint and the merge (before rounding
 *     to whole points): {@code -points / factor} for fractional points
 * @param points the final points per bin (whole when the spec asks for integer points)
 * @param direction the monotone constraint ({@link RiskDirection#NONE} for none)
 */
public record Shape(String characteristic, List<Attribute> bins, List<Long> rows, List<Long> bads,
    List<Double> logOdds, List<Double> finalLogOdds, List<Double> points,
    RiskDirection direction) {

  /** Validates and copies. */
  public Shape {
    Objects.requireNonNull(characteristic, "characteristic");
    bins = List.copyOf(bins);
    rows = List.copyOf(rows);
    bads = List.copyOf(bads);
    logOdds = List.copyOf(logOdds);
    finalLogOdds = List.copyOf(finalLogOdds);
    points = List.copyOf(points);
    Objects.requireNonNull(direction, "direction");
    int n = bins.size();
    if (rows.size() != n || bads.size() != n || logOdds.size() != n || finalLogOdds.size() != n
        || points.size() != n) {
      throw new IllegalArgumentException("every list must have one element per bin (" + n + ")");
    }
  }

  /** The importance: the row-weighted mean of the absolute final points. */
  public double importance() {
    return importance(rows, points);
  }

  static double importance(List<Long> rows, List<Double> points) {
    double sum = 0;
    double total = 0;
    for (int b = 0; b < rows.size(); b++) {
      sum += rows.get(b) * Math.abs(points.get(b));
      total += rows.get(b);
    }
    return total == 0 ? 0 : sum / total;
  }
}
