package dev.northbound.scoring.spark;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of a table read by the library's table readers (German credit, target {@code class} with
 * bad value {@code bad}), as CSV text and as Spark rows (numbers as doubles, labels as text).
 */
final class GermanRows {

  private final Dataset table;

  GermanRows(Dataset table) {
    this.table = table;
  }

  /** The column names, then {@code class}. */
  List<String> header() {
    List<String> names = new ArrayList<>(table.columns().stream().map(Column::name).toList());
    names.add("class");
    return names;
  }

  /** The whole table as CSV with a header. */
  String csv() {
    StringBuilder out = new StringBuilder(String.join(",", header())).append('\n');
    for (int r = 0; r < table.rows(); r++) {
      out.append(csvLine(r)).append('\n');
    }
    return out.toString();
  }

  /** Row {@code r} as a CSV line (the German labels hold no comma or quote, so none is quoted). */
  String csvLine(int r) {
    List<String> cells = new ArrayList<>();
    for (Object cell : cells(r)) {
      String text = cell == null ? "" : cell instanceof Double d ? number(d) : (String) cell;
      if (text.contains(",") || text.contains("\"")) {
        throw new IllegalStateException("a cell that needs quoting");
      }
      cells.add(text);
    }
    return String.join(",", cells);
  }

  /** The table as a Spark Dataset: numeric columns as doubles, categorical ones and the class as text. */
  org.apache.spark.sql.Dataset<Row> typed(SparkSession spark) {
    StructType schema = new StructType();
    for (Column c : table.columns()) {
      schema = schema.add(c.name(), c instanceof NumericColumn ? DataTypes.DoubleType : DataTypes.StringType, true);
    }
    schema = schema.add("class", DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      rows.add(RowFactory.create(cells(r).toArray()));
    }
    return spark.createDataFrame(rows, schema).coalesce(1);
  }

  private List<Object> cells(int r) {
    List<Object> cells = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.isMissing(r)) {
        cells.add(null);
      } else if (c instanceof NumericColumn n) {
        cells.add(n.value(r));
      } else {
        CategoricalColumn cat = (CategoricalColumn) c;
        cells.add(cat.labels().get(cat.code(r)));
      }
    }
    cells.add(table.isBad(r) ? "bad" : "good");
    return cells;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
