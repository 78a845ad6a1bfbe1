package dev.northbound.scoring.toolkit.tabular;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cell at a time, the decoding {@link TabularRows} applies to a whole table, for engines that
 * read the rows themselves (Spark executors): each input column's cell becomes the model's value.
 *
 * <ul>
 *   <li>a numeric column's text: a missing marker of {@link ReadOptions#DEFAULT_MISSING} (after
 *       trimming) is {@code NaN} (missing); otherwise it must be a plain decimal number, by the same
 *       rule, rules and descriptions as the CSV reader ({@code must be a number}, {@code must be a
 *       finite number}); a number given as a number must be finite, {@code NaN} is missing;
 *   <li>a categorical column's label: its code in the model's dictionary, or {@code NaN} for a label
 *       the model does not know (it scores the missing bin, as in {@link TabularRows}); {@link
 *       TabularRows} codes a table's labels with {@link #code(int, String)}.
 * </ul>
 *
 * <p>Error pointers name the column: {@code /<column>} (RFC 6901 escaping), relative to the row.
 * Immutable and thread-safe.
 */
public final class TabularCells {

  private final List<InputColumn> columns;
  private final List<Map<String, Integer>> codes;
  private final String[] pointers;

  TabularCells(ModelInputs inputs) {
    this.columns = inputs.columns();
    this.codes = columns.stream().map(TabularCells::dictionary).toList();
    this.pointers = columns.stream().map(c -> "/" + c.name().replace("~", "~0").replace("/", "~1"))
        .toArray(String[]::new);
  }

  private static Map<String, Integer> dictionary(InputColumn c) {
    Map<String, Integer> out = new HashMap<>();
    List<String> labels = c.labels().orElse(List.of());
    for (int i = labels.size() - 1; i >= 0; i--) {
      out.put(labels.get(i), i); // the first occurrence wins, as List.indexOf
    }
    return Map.copyOf(out);
  }

  /** The number of input columns (the schema's size). */
  public int width() {
    return columns.size();
  }

  /** The data column name of input column {@code column}. */
  public String name(int column) {
    return columns.get(column).name();
  }

  /** Whether input column {@code column} is categorical. */
  public boolean categorical(int column) {
    return columns.get(column).categorical();
  }

  /** The JSON Pointer of input column {@code column}, relative to a row: {@code /<name>}. */
  public String pointer(int column) {
    return pointers[column];
  }

  /**
   * The model's code of a categorical column's label.
   *
   * @param column the input column, categorical
   * @param label the label, as written in the data
   * @return the code, or {@code NaN} if the model's dictionary does not hold the label
   * @throws IllegalArgumentException if the column is numeric
   */
  public double code(int column, String label) {
    if (!categorical(column)) {
      throw new IllegalArgumentException("input column " + column + " is numeric");
    }
    Integer code = codes.get(column).get(Objects.requireNonNull(label, "label"));
    return code == null ? Double.NaN : code;
  }

  /**
   * The value of a numeric column's text cell.
   *
   * @param column the input column, numeric
   * @param text the cell's text; a missing marker ({@code ""}, {@code NA}, {@code ?}, after trimming)
   *     is missing
   * @return the number, or {@code NaN} for missing
   * @throws InvalidInputException if the text is not a plain, finite decimal number
   */
  public double number(int column, String text) {
    String t = text.strip();
    if (ReadOptions.DEFAULT_MISSING.contains(t)) {
      return Double.NaN;
    }
    return dev.northbound.scoring.toolkit.data.NumberCells.parse(t, pointer(column));
  }

  /**
   * The value of a numeric column's number cell.
   *
   * @param column the input column
   * @param value the number; {@code NaN} is missing
   * @return the value
   * @throws InvalidInputException if the value is infinite
   */
  public double number(int column, double value) {
    if (Double.isInfinite(value)) {
      throw new InvalidInputException(pointer(column), "must be a finite number", "a number out of range");
    }
    return value;
  }

  /**
   * Writes the model's values into a feature buffer as the local tabular evaluation does: {@code
   * NaN} is missing ({@link MissingReason#UNAVAILABLE}), every other value is set.
   *
   * @param values the values in schema order
   * @param buffer the buffer, of the model's schema
   */
  public static void write(double[] values, FeatureBuffer buffer) {
    for (int f = 0; f < values.length; f++) {
      if (Double.isNaN(values[f])) {
        buffer.setMissing(f, MissingReason.UNAVAILABLE);
      } else {
        buffer.set(f, values[f]);
      }
    }
  }
}
