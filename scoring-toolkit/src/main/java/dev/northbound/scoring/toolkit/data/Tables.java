package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assembles parsed rows into a {@link Dataset}: target, ignored columns, types, dictionaries. */
final class Tables {

  private Tables() {}

  /**
   * Builds the data set.
   *
   * @param names the column names in file order
   * @param nominal declared dictionaries by column (ARFF), empty for CSV
   * @param types the type of every column that is not the target
   * @param rows cells per row, {@code null} for missing
   * @param lines the line number of each row
   * @param options target, bad value and ignored columns; an unlabelled table's rows are all good
   *     and its target column, if any, is left out
   * @param headerLine the line that declares the columns, for errors about the header
   */
  static Dataset assemble(List<String> names, Map<String, List<String>> nominal,
      Map<String, ColumnType> types, List<String[]> rows, List<Integer> lines,
      ReadOptions options, int headerLine) {
    int target = names.indexOf(options.target());
    if (target < 0 && !options.unlabelled()) {
      throw new InvalidInputException("/lines/" + headerLine,
          "must declare the target column (--target)", "only the columns " + listed(names));
    }
    int[] lineNumbers = lines.stream().mapToInt(Integer::intValue).toArray();
    boolean[] bad = new boolean[rows.size()];
    boolean anyBad = false;
    for (int r = 0; r < bad.length && !options.unlabelled(); r++) {
      String value = rows.get(r)[target];
      if (value == null) {
        throw new InvalidInputException(Columns.pointer(lineNumbers[r], options.target()),
            "the target must not be missing", "a missing value");
      }
      bad[r] = value.equals(options.badValue());
      anyBad |= bad[r];
    }
    if (options.requireBadRow() && bad.length > 0 && !anyBad) {
      throw new InvalidInputException(Columns.pointer(headerLine, options.target()),
          "must hold the bad value (--bad-value) in some row",
          "none; the target's values are " + targetValues(rows, target));
    }
    int weight = -1;
    if (options.weightColumn().isPresent()) {
      weight = names.indexOf(options.weightColumn().get());
      if (weight < 0) {
        throw new InvalidInputException("/lines/" + headerLine,
            "must declare the weight column (" + printable(options.weightColumn().get()) + ")",
            "only the columns " + listed(names));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      String name = names.get(c);
      if (c == target || c == weight || options.ignore().contains(name)) {
        continue;
      }
      List<String> cells = new ArrayList<>(rows.size());
      for (String[] row : rows) {
        cells.add(row[c]);
      }
      List<String> dictionary = nominal.get(name);
      columns.add(dictionary == null
          ? Columns.build(name, types.get(name), cells, lineNumbers)
          : nominalColumn(name, dictionary, cells, lineNumbers));
    }
    if (weight < 0) {
      return Dataset.of(columns, bad);
    }
    return Dataset.of(columns, bad, weights(rows, weight, names.get(weight), lineNumbers));
  }

  /** The weight column's cells: each a plain decimal number, finite and greater than 0. */
  private static double[] weights(List<String[]> rows, int column, String name, int[] lines) {
    double[] weights = new double[rows.size()];
    for (int r = 0; r < weights.length; r++) {
      String cell = rows.get(r)[column];
      String pointer = Columns.pointer(lines[r], name);
      if (cell == null) {
        throw new InvalidInputException(pointer, "a weight must not be missing",
            "a missing value");
      }
      weights[r] = NumberCells.parse(cell, pointer);
      if (!(weights[r] > 0)) {
        throw new InvalidInputException(pointer, "a weight must be greater than 0",
            weights[r] == 0 ? "0" : "a negative number");
      }
    }
    return weights;
  }

  /** At most {@value #LISTED} names, in order, each shortened to 40 characters. */
  static String listed(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, names.size()); i++) {
      shown.add(printable(names.get(i)));
    }
    return String.join(", ", shown)
        + (names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "");
  }

  private static final int LISTED = 30;
  private static final int MAX_LABELS = 10;

  /**
   * The distinct values of a target that is a label column (at most {@value #MAX_LABELS} of them,
   * in order of first appearance); a column with more distinct values is only counted, so a
   * mistaken identifier or amount column is never echoed.
   */
  private static String targetValues(List<String[]> rows, int target) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (String[] row : rows) {
      seen.add(row[target]);
      if (seen.size() > MAX_LABELS) {
        return "more than " + MAX_LABELS + " distinct values (is --target the outcome column?)";
      }
    }
    return String.join(", ", seen.stream().map(Tables::printable).toList());
  }

  /** A name or label for a message: control characters replaced, at most 40 characters. */
  private static String printable(String text) {
    String clean = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return clean.length() > 40 ? clean.substring(0, 37) + "..." : clean;
  }

  private static Column nominalColumn(
      String name, List<String> dictionary, List<String> cells, int[] lines) {
    int[] codes = new int[cells.size()];
    for (int i = 0; i < codes.length; i++) {
      String cell = cells.get(i);
      codes[i] = cell == null ? CategoricalColumn.MISSING : dictionary.indexOf(cell);
      if (cell != null && codes[i] < 0) {
        throw new InvalidInputException(Columns.pointer(lines[i], name),
            "must be one of the " + dictionary.size() + " declared labels",
            Columns.describe(cell) + " that is not declared");
      }
    }
    return new CategoricalColumn(name, codes, dictionary);
  }
}
