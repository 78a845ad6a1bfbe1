package dev.northbound.scoring.toolkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for a report: a caption, typed columns and rows. Text columns are left-aligned; number
 * and percent columns are right-aligned and formatted with a fixed number of decimals and comma
 * grouping ({@code 12,345.6}; a percent column shows {@code 0.1234} as {@code 12.3%}).
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(String)}.
 */
public final class Table {

  /** How a column formats and aligns its cells. */
  enum Kind { TEXT, NUMBER, PERCENT }

  record Column(String header, Kind kind, int decimals) {}

  private final String caption;
  private final List<Column> columns;
  private final List<List<String>> cells;

  private Table(String caption, List<Column> columns, List<List<String>> cells) {
    this.caption = caption;
    this.columns = List.copyOf(columns);
    this.cells = List.copyOf(cells);
  }

  /**
   * Starts a table.
   *
   * @param caption the caption shown above the table
   * @return a new builder
   * @throws IllegalArgumentException if the caption is blank
   */
  public static Builder builder(String caption) {
    return new Builder(ChartChecks.text(caption, "caption"));
  }

  /** The caption. */
  public String caption() {
    return caption;
  }

  /** The number of data rows. */
  public int rowCount() {
    return cells.size();
  }

  List<Column> columns() {
    return columns;
  }

  /** The formatted (not yet escaped) cell texts, row by row. */
  List<List<String>> cells() {
    return cells;
  }

  /** Builds a {@link Table}: declare every column, then add rows. Not thread-safe. */
  public static final class Builder {

    private final String caption;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private Builder(String caption) {
      this.caption = caption;
    }

    /** Adds a left-aligned text column. */
    public Builder textColumn(String header) {
      return column(header, Kind.TEXT, 0);
    }

    /** Adds a right-aligned number column shown with {@code decimals} decimals (0 to 6). */
    public Builder numberColumn(String header, int decimals) {
      return column(header, Kind.NUMBER, decimals);
    }

    /** Adds a right-aligned column that shows a fraction as a percentage with {@code decimals} decimals. */
    public Builder percentColumn(String header, int decimals) {
      return column(header, Kind.PERCENT, decimals);
    }

    /**
     * Adds a row: a {@link CharSequence} for each text column and a {@link Number} for each other.
     *
     * @throws IllegalArgumentException if the cell count is wrong, a cell has the wrong type or a
     *     number is not finite
     * @throws IllegalStateException if no column was declared
     */
    public Builder row(Object... cells) {
      Objects.requireNonNull(cells, "cells");
      if (columns.isEmpty()) {
        throw new IllegalStateException("declare the columns before adding rows");
      }
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row " + rows.size() + " must have " + columns.size()
            + " cells, found " + cells.length);
      }
      List<String> texts = new ArrayList<>(cells.length);
      for (int i = 0; i < cells.length; i++) {
        texts.add(format(columns.get(i), cells[i], i));
      }
      rows.add(List.copyOf(texts));
      return this;
    }

    /**
     * Builds the table.
     *
     * @throws IllegalStateException if no column was declared
     */
    public Table build() {
      if (columns.isEmpty()) {
        throw new IllegalStateException("a table needs at least one column");
      }
      return new Table(caption, columns, rows);
    }

    private Builder column(String header, Kind kind, int decimals) {
      ChartChecks.text(header, "header");
      if (!rows.isEmpty()) {
        throw new IllegalStateException("columns must be declared before the first row");
      }
      if (decimals < 0 || decimals > 6) {
        throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
      }
      columns.add(new Column(header, kind, decimals));
      return this;
    }

    private String format(Column column, Object cell, int index) {
      String where = "row " + rows.size() + ", column " + index;
      Objects.requireNonNull(cell, where);
      if (column.kind() == Kind.TEXT) {
        if (!(cell instanceof CharSequence text)) {
          throw new IllegalArgumentException(where + " must be text, found a " + cell.getClass().getSimpleName());
        }
        return text.toString();
      }
      if (!(cell instanceof Number number)) {
        throw new IllegalArgumentException(where + " must be a number, found a " + cell.getClass().getSimpleName());
      }
      double value = number.doubleValue();
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(where + " must be finite, found " + value);
      }
      return column.kind() == Kind.PERCENT
          ? Text.percent(value, column.decimals())
          : Text.fixed(value, column.decimals());
    }
  }
}
