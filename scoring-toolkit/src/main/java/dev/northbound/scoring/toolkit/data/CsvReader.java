package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a comma-separated table with a header row into a {@link Dataset}, strictly, with the
 * project's one CSV parser ({@link CsvRecords}: RFC 4180 quoting, so a quoted field may hold commas,
 * {@code ""} for a quote, and line breaks).
 *
 * <p>Rules: the first line is the header (distinct, non-blank names); unquoted fields are trimmed;
 * blank lines are skipped; an unquoted cell equal to a missing marker is missing (a quoted one is a
 * value). Every row must have as many fields as the header. A cell of a numeric column must be a
 * plain decimal number ({@code -1.5}, {@code 2e3}; not {@code NaN}, {@code Infinity} or hex). Line
 * numbers in errors count from 1 at the header; a row is numbered by the line it starts on.
 * Stateless and thread-safe.
 */
public final class CsvReader {

  private CsvReader() {}

  /**
   * Reads a CSV file in UTF-8.
   *
   * @throws InvalidInputException on a malformed row, naming line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file, ReadOptions options) {
    try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(Compression.open(file),
        StandardCharsets.UTF_8.newDecoder()))) {
      return read(reader, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV file " + file.getFileName(), e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @throws InvalidInputException on a malformed row, naming line and column
   * @throws UncheckedIOException if the reader fails
   */
  public static Dataset read(Reader reader, ReadOptions options) {
    try (CsvRecords records = CsvRecords.open(reader)) {
      Optional<CsvRecord> header = records.next();
      if (header.isEmpty() && records.line() == 1) {
        throw new InvalidInputException("/lines/1", "must be a header row", "an empty file");
      }
      List<String> names = header.filter(h -> h.line() == 1).map(CsvRecord::values).orElse(List.of(""));
      if (new HashSet<>(names).size() != names.size() || names.contains("")) {
        throw new InvalidInputException(
            "/lines/1", "column names must be distinct and not blank", "a repeated or blank name");
      }
      List<String[]> rows = new ArrayList<>();
      List<Integer> lineNumbers = new ArrayList<>();
      for (Optional<CsvRecord> row = records.next(); row.isPresent(); row = records.next()) {
        int lineNumber = Math.toIntExact(row.get().line());
        rows.add(cells(row.get(), lineNumber, names.size(), options));
        lineNumbers.add(lineNumber);
      }
      Map<String, ColumnType> types = new HashMap<>();
      for (int c = 0; c < names.size(); c++) {
        String name = names.get(c);
        ColumnType declared = options.types().get(name);
        if (declared == null) {
          List<String> column = new ArrayList<>(rows.size());
          for (String[] row : rows) {
            column.add(row[c]);
          }
          declared = Columns.infer(column);
        }
        types.put(name, declared);
      }
      return Tables.assemble(names, Map.of(), types, rows, lineNumbers, options, 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV text", e);
    }
  }

  private static String[] cells(CsvRecord fields, int lineNumber, int width, ReadOptions options) {
    if (fields.size() != width) {
      throw new InvalidInputException("/lines/" + lineNumber, "must have " + width + " fields",
          fields.size() + (fields.size() == 1 ? " field" : " fields"));
    }
    String[] cells = new String[width];
    for (int c = 0; c < width; c++) {
      String value = fields.value(c);
      boolean missing = !fields.isQuoted(c) && options.missingMarkers().contains(value);
      cells[c] = missing ? null : value;
    }
    return cells;
  }
}
