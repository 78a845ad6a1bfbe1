package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared helpers of the readers: strict number parsing and column building from text. */
final class Columns {

  private Columns() {}

  static void requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("column name must not be blank");
    }
  }

  /** Whether {@code text} is a plain decimal number (no NaN, Infinity, hex or type suffix). */
  static boolean isNumber(String text) {
    return NumberCells.isNumber(text);
  }

  /** A JSON Pointer to a cell: {@code /lines/<line>/<column>} with RFC 6901 escaping. */
  static String pointer(int line, String column) {
    return "/lines/" + line + "/" + column.replace("~", "~0").replace("/", "~1");
  }

  /** Describes a text value without echoing it. */
  static String describe(String text) {
    return NumberCells.describe(text);
  }

  /**
   * Parses a numeric cell; {@code null} text means missing.
   *
   * @throws InvalidInputException if the text is not a finite decimal number
   */
  static double parseNumber(String text, int line, String column) {
    if (text == null) {
      return Double.NaN;
    }
    return NumberCells.parse(text, pointer(line, column));
  }

  /**
   * Builds a column from text cells ({@code null} = missing); {@code lines[i]} is the line number
   * of cell {@code i}, for error messages.
   */
  static Column build(String name, ColumnType type, List<String> cells, int[] lines) {
    if (type == ColumnType.NUMERIC) {
      double[] values = new double[cells.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = parseNumber(cells.get(i), lines[i], name);
      }
      return new NumericColumn(name, values);
    }
    Map<String, Integer> dictionary = new LinkedHashMap<>();
    int[] codes = new int[cells.size()];
    for (int i = 0; i < codes.length; i++) {
      String cell = cells.get(i);
      codes[i] =
          cell == null
              ? CategoricalColumn.MISSING
              : dictionary.computeIfAbsent(cell, k -> dictionary.size());
    }
    return new CategoricalColumn(name, codes, new ArrayList<>(dictionary.keySet()));
  }

  /** NUMERIC when every non-missing cell is a number and at least one is present. */
  static ColumnType infer(List<String> cells) {
    boolean any = false;
    for (String cell : cells) {
      if (cell != null) {
        if (!isNumber(cell)) {
          return ColumnType.CATEGORICAL;
        }
        any = true;
      }
    }
    return any ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
  }
}
