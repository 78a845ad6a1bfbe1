package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Column;

/** The good and bad totals of a sample, checked to be both positive. */
final class Counts {

  final long goods;
  final long bads;

  private Counts(long goods, long bads) {
    this.goods = goods;
    this.bads = bads;
  }

  static Counts of(Column column, boolean[] bad) {
    if (column.size() != bad.length) {
      throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
          + " rows but the target has " + bad.length);
    }
    return of(bad);
  }

  static Counts of(boolean[] bad) {
    long bads = 0;
    for (boolean b : bad) {
      bads += b ? 1 : 0;
    }
    long goods = bad.length - bads;
    if (bad.length == 0) {
      throw new InvalidInputException("/bad", "the data must have rows with an outcome",
          "no rows (is the file empty, or is every row indeterminate?)");
    }
    if (goods == 0 || bads == 0) {
      throw new InvalidInputException("/bad", "the target must have both good and bad rows",
          goods == 0 ? "no good rows" : "no bad rows");
    }
    return new Counts(goods, bads);
  }
}
