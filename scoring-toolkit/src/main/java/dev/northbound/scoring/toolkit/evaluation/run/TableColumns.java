package dev.northbound.scoring.toolkit.evaluation.run;

import java.util.Objects;
import java.util.Optional;

/**
 * The special columns of a table of rows (CSV or ARFF): the target and its bad value, and optionally
 * the column giving each row's date or month (for PSI month by month) and the column to group
 * fairness by.
 *
 * @param target the outcome column
 * @param badValue the target value that means bad; every other value is good
 * @param asOfColumn the date column ({@code yyyy-MM-dd} or {@code yyyy-MM}), if any
 * @param segmentColumn the column to group by, if any
 */
public record TableColumns(String target, String badValue, Optional<String> asOfColumn, Optional<String> segmentColumn) {

  /**
   * Checks the names.
   *
   * @throws IllegalArgumentException if a name is blank, or a special column is named twice
   */
  public TableColumns {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(badValue, "badValue");
    Objects.requireNonNull(asOfColumn, "asOfColumn");
    Objects.requireNonNull(segmentColumn, "segmentColumn");
    if (target.isBlank() || asOfColumn.filter(String::isBlank).isPresent()
        || segmentColumn.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("column names must not be blank");
    }
    if (asOfColumn.filter(target::equals).isPresent() || segmentColumn.filter(target::equals).isPresent()) {
      throw new IllegalArgumentException("the target column cannot also be the as-of or segment column");
    }
  }

  /** The target and bad value, without date or segment column. */
  public static TableColumns of(String target, String badValue) {
    return new TableColumns(target, badValue, Optional.empty(), Optional.empty());
  }

  /** These columns with the given date column. */
  public TableColumns withAsOf(String column) {
    return new TableColumns(target, badValue, Optional.of(column), segmentColumn);
  }

  /** These columns with the given segment column. */
  public TableColumns withSegment(String column) {
    return new TableColumns(target, badValue, asOfColumn, Optional.of(column));
  }
}
