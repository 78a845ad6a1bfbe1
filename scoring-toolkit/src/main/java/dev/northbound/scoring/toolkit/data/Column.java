package dev.northbound.scoring.toolkit.data;

/**
 * One named column of a {@link Dataset}: either {@link NumericColumn} ({@code double} values, NaN
 * for missing) or {@link CategoricalColumn} (integer codes into a dictionary of labels, {@code -1}
 * for missing). Implementations are immutable and thread-safe.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

  /** The column's name, unique within its dataset. */
  String name();

  /** The number of rows. */
  int size();

  /**
   * Whether the value at {@code row} is missing.
   *
   * @throws IndexOutOfBoundsException if {@code row} is not in {@code [0, size())}
   */
  boolean isMissing(int row);

  /**
   * The column restricted to the given rows, in that order.
   *
   * @param rows row indices into this column (repeats allowed)
   * @return a new column of {@code rows.length} rows with the same name (and dictionary)
   */
  Column select(int[] rows);
}
