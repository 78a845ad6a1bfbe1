package dev.northbound.scoring.toolkit.tabular;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table bound to a model's {@link TabularInputs}: the table's columns in schema order, with each
 * categorical column's codes translated once into the model's codes ({@code NaN} for missing and
 * for labels the model does not know). Immutable and thread-safe.
 */
public final class TabularRows {

  private final double[][] columns;
  private final Map<String, Long> unknown;
  private final int rows;

  TabularRows(ModelInputs inputs, Dataset data) {
    requireColumns(inputs, data);
    List<InputColumn> list = inputs.columns();
    TabularCells cells = new TabularCells(inputs);
    columns = new double[list.size()][];
    Map<String, Long> unknownRows = new LinkedHashMap<>();
    for (int j = 0; j < columns.length; j++) {
      InputColumn in = list.get(j);
      Column column = data.column(in.name()).orElseThrow();
      if (column instanceof NumericColumn n) {
        columns[j] = n.values();
      } else {
        CategoricalColumn c = (CategoricalColumn) column;
        double[] byCode = new double[c.labels().size()];
        for (int code = 0; code < byCode.length; code++) {
          byCode[code] = cells.code(j, c.labels().get(code));
        }
        double[] values = new double[c.size()];
        long unknownCount = 0;
        for (int r = 0; r < values.length; r++) {
          values[r] = c.isMissing(r) ? Double.NaN : byCode[c.code(r)];
          unknownCount += !c.isMissing(r) && Double.isNaN(values[r]) ? 1 : 0;
        }
        columns[j] = values;
        if (unknownCount > 0) {
          unknownRows.put(in.name(), unknownCount);
        }
      }
    }
    unknown = Map.copyOf(unknownRows);
    rows = data.rows();
  }

  static void requireColumns(ModelInputs inputs, Dataset data) {
    Objects.requireNonNull(data, "data");
    for (InputColumn in : inputs.columns()) {
      String pointer = "/columns/" + in.name().replace("~", "~0").replace("/", "~1");
      Column column = data.column(in.name()).orElseThrow(() -> new InvalidInputException(
          pointer, "must be a column of the data, as in training", "no such column"));
      if (in.categorical() != column instanceof CategoricalColumn) {
        throw new InvalidInputException(pointer,
            "must be " + (in.categorical() ? "categorical" : "numeric") + ", as in training",
            in.categorical() ? "a numeric column" : "a categorical column");
      }
    }
  }

  /** The number of rows. */
  public int rows() {
    return rows;
  }

  /** Row {@code row} as the model's values, in schema order ({@code NaN} for missing). */
  public double[] row(int row) {
    double[] out = new double[columns.length];
    fill(row, out);
    return out;
  }

  /**
   * Fills {@code out} with row {@code row}, in schema order; allocates nothing.
   *
   * @throws IllegalArgumentException if {@code out} is not as long as the schema
   * @throws IndexOutOfBoundsException if {@code row} is not a row of the table
   */
  public void fill(int row, double[] out) {
    if (out.length != columns.length) {
      throw new IllegalArgumentException(
          "expected " + columns.length + " values, found " + out.length);
    }
    Objects.checkIndex(row, rows);
    for (int j = 0; j < columns.length; j++) {
      out[j] = columns[j][row];
    }
  }

  /**
   * The table column-wise in schema order (copies), as {@code Scorecard.scoreBatch} takes it.
   */
  public double[][] columns() {
    double[][] out = new double[columns.length][];
    for (int j = 0; j < out.length; j++) {
      out[j] = columns[j].clone();
    }
    return out;
  }

  /**
   * Per categorical column (by data column name) the number of rows whose label is not in the
   * model's dictionary and so scores as missing; columns without such rows are left out.
   */
  public Map<String, Long> unknownLabelRows() {
    return unknown;
  }
}
