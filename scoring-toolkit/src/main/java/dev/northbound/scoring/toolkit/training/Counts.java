package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Column;

/**
 * The good and bad totals of a sample, checked to be both positive: summed weights (row counts
 * when every weight is 1), and the row count.
 */
final class Counts {

  final double goods;
  final double bads;
  final long rows;

  private Counts(double goods, double bads, long rows) {
    this.goods = goods;
    this.bads = bads;
    this.rows = rows;
  }

  /** The total weight, {@code goods + bads}. */
  double total() {
    return goods + bads;
  }

  static Counts of(Column column, boolean[] bad, double[] weights) {
    if (column.size() != bad.length) {
      throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
          + " rows but the target has " + bad.length);
    }
    return of(bad, weights);
  }

  static Counts of(boolean[] bad) {
    return of(bad, Weights.ones(bad.length));
  }

  static Counts of(boolean[] bad, double[] weights) {
    Weights.check(bad, weights);
    if (bad.length == 0) {
      throw new InvalidInputException("/bad", "the data must have rows with an outcome",
          "no rows (is the file empty, or is every row indeterminate?)");
    }
    double goods = 0;
    double bads = 0;
    for (int r = 0; r < bad.length; r++) {
      if (bad[r]) {
        bads += weights[r];
      } else {
        goods += weights[r];
      }
    }
    if (goods == 0 || bads == 0) {
      throw new InvalidInputException("/bad", "the target must have both good and bad rows",
          goods == 0 ? "no good rows" : "no bad rows");
    }
    return new Counts(goods, bads, bad.length);
  }
}
