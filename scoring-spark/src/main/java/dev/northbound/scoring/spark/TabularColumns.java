package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.tabular.TabularCells;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StructType;

/**
 * Where a table of raw columns keeps what a model trained on a table reads: one column per input
 * column of the model file (numeric columns as numbers or text, categorical ones as text or integers),
 * and for an evaluation the target with its bad value and optionally a segment. Each cell is decoded
 * by {@link TabularCells}, the decoding the local engine's tabular source applies to a whole table.
 * Resolved against the table's schema on the driver, shipped to executors.
 */
final class TabularColumns implements ColumnReader {

  private static final long serialVersionUID = 1L;

  private final int[] columnIndex; // input column, per model input
  private final boolean[] text; // whether the input column holds strings
  private final int target; // -1: none
  private final String targetPointer;
  private final String badValue;
  private final int segment; // -1: none

  private TabularColumns(int[] columnIndex, boolean[] text, int target, String targetPointer, String badValue,
      int segment) {
    this.columnIndex = columnIndex;
    this.text = text;
    this.target = target;
    this.targetPointer = targetPointer;
    this.badValue = badValue;
    this.segment = segment;
  }

  /** The input columns of {@code inputs} in {@code in}. */
  static TabularColumns inputs(StructType in, TabularInputs inputs) {
    return of(in, inputs, Optional.empty(), "", Optional.empty());
  }

  /**
   * The input columns, the target and the optional segment column.
   *
   * @throws IllegalArgumentException if a column is absent or of a type it cannot hold
   */
  static TabularColumns of(StructType in, TabularInputs inputs, Optional<String> target, String badValue,
      Optional<String> segment) {
    TabularCells cells = inputs.cells();
    int n = cells.width();
    int[] columnIndex = new int[n];
    boolean[] text = new boolean[n];
    for (int j = 0; j < n; j++) {
      columnIndex[j] = FeatureColumns.column(in, cells.name(j));
      DataType type = in.fields()[columnIndex[j]].dataType();
      text[j] = type.equals(DataTypes.StringType);
      boolean fits = cells.categorical(j) ? text[j] || integral(type) : text[j] || type instanceof NumericType;
      if (!fits) {
        throw new IllegalArgumentException("column " + cells.name(j) + " must be "
            + (cells.categorical(j) ? "text or integer (categorical)" : "numeric or text") + ", found "
            + type.simpleString());
      }
    }
    int t = target.map(c -> FeatureColumns.column(in, c)).orElse(-1);
    if (t >= 0) {
      DataType type = in.fields()[t].dataType();
      if (!type.equals(DataTypes.StringType) && !integral(type) && !(type instanceof BooleanType)) {
        throw new IllegalArgumentException("the target column " + target.get() + " must be text, integer or boolean, found "
            + type.simpleString());
      }
    }
    return new TabularColumns(columnIndex, text, t, target.map(c -> "/" + c.replace("~", "~0").replace("/", "~1"))
        .orElse(""), badValue, segment.map(c -> FeatureColumns.column(in, c)).orElse(-1));
  }

  private static boolean integral(DataType type) {
    return type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
        || type instanceof LongType;
  }

  /** A partition's reader: the model's cell decoding and one values array. */
  @Override
  public Partition open(ModelRef model) {
    TabularCells cells = model.inputs().orElseThrow().cells();
    double[] values = new double[cells.width()];
    return new Partition() {
      @Override
      public void features(Row row, FeatureBuffer buffer) {
        values(row, cells, values);
        buffer.clear();
        TabularCells.write(values, buffer);
      }

      @Override
      public void fill(Row row, dev.northbound.scoring.toolkit.evaluation.run.Row out) {
        TabularColumns.this.fill(row, cells, values, out);
      }
    };
  }

  /**
   * Writes the row's model values into {@code out}, in schema order ({@code NaN} for missing and for
   * labels the model does not know).
   *
   * @throws InvalidInputException if a numeric cell is not a finite number (pointer {@code /<column>})
   */
  void values(Row row, TabularCells cells, double[] out) {
    for (int j = 0; j < out.length; j++) {
      int c = columnIndex[j];
      if (row.isNullAt(c)) {
        out[j] = Double.NaN;
      } else if (cells.categorical(j)) {
        out[j] = cells.code(j, text[j] ? row.getString(c) : String.valueOf(((Number) row.get(c)).longValue()));
      } else {
        out[j] = text[j] ? cells.number(j, row.getString(c)) : cells.number(j, ((Number) row.get(c)).doubleValue());
      }
    }
  }

  /**
   * Fills an evaluation row as the local tabular source does: the values (missing as unavailable),
   * the outcome (bad when the target equals the bad value, otherwise good) and the segment.
   *
   * @throws InvalidInputException if a numeric cell is not a finite number, or the target is missing
   */
  void fill(Row row, TabularCells cells, double[] values, dev.northbound.scoring.toolkit.evaluation.run.Row out) {
    values(row, cells, values);
    TabularCells.write(values, out.features());
    String label = label(row, target);
    if (label == null) {
      throw new InvalidInputException(targetPointer, "the target must not be missing", "a missing value");
    }
    out.outcome(label.equals(badValue) ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD);
    if (segment >= 0) {
      String s = label(row, segment);
      out.segment(s == null ? "missing" : s);
    }
  }

  /** A cell as the table readers see it: null for null or a missing marker; a number as its text. */
  private static String label(Row row, int c) {
    if (row.isNullAt(c)) {
      return null;
    }
    Object v = row.get(c);
    if (v instanceof String s) {
      return ReadOptions.DEFAULT_MISSING.contains(s.strip()) ? null : s;
    }
    if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
      return Double.toString(((Number) v).doubleValue()); // as the local source labels a numeric segment
    }
    return String.valueOf(v);
  }
}
