package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a dense ARFF file (Weka's Attribute-Relation File Format) into a {@link Dataset}.
 *
 * <p>Supported: {@code @relation}; {@code @attribute} of type {@code numeric}, {@code real},
 * {@code integer} or nominal ({@code {a, 'b c'}}: the dictionary keeps the declared order);
 * {@code @data} rows of comma-separated values, single- or double-quoted; {@code ?} for missing;
 * {@code %} comment lines and blank lines. Not supported (rejected): string and date attributes,
 * sparse rows. The declared types and missing markers of {@link ReadOptions} are not used.
 * Stateless and thread-safe.
 */
public final class ArffReader {

  private ArffReader() {}

  /**
   * Reads an ARFF file in UTF-8.
   *
   * @throws InvalidInputException on a malformed line, naming line (and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file, ReadOptions options) {
    try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(Compression.open(file),
        StandardCharsets.UTF_8.newDecoder()))) {
      return read(reader, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ARFF file " + file.getFileName(), e);
    }
  }

  /**
   * Reads ARFF text.
   *
   * @throws InvalidInputException on a malformed line, naming line (and column)
   * @throws UncheckedIOException if the reader fails
   */
  public static Dataset read(Reader reader, ReadOptions options) {
    BufferedReader lines = new BufferedReader(reader);
    List<String> names = new ArrayList<>();
    Map<String, List<String>> nominal = new LinkedHashMap<>();
    Map<String, ColumnType> types = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    boolean data = false;
    int lineNumber = 0;
    int dataLine = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        lineNumber++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("%")) {
          continue;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (data) {
          rows.add(row(line, lineNumber, names));
          lineNumbers.add(lineNumber);
        } else if (lower.startsWith("@relation")) {
          continue;
        } else if (lower.startsWith("@attribute")) {
          attribute(line.substring("@attribute".length()).strip(), lineNumber, names, nominal,
              types);
        } else if (lower.equals("@data")) {
          data = true;
          dataLine = lineNumber;
        } else {
          throw new InvalidInputException("/lines/" + lineNumber,
              "must be @relation, @attribute, @data or a % comment", "an unknown header line");
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw NumberCells.notUtf8(lineNumber + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ARFF text", e);
    }
    if (!data) {
      throw new InvalidInputException(
          "/lines/" + lineNumber, "must have an @data section", "no @data line");
    }
    return Tables.assemble(names, nominal, types, rows, lineNumbers, options, dataLine);
  }

  private static void attribute(String rest, int lineNumber, List<String> names,
      Map<String, List<String>> nominal, Map<String, ColumnType> types) {
    int brace = rest.indexOf('{');
    String declaration = brace >= 0 ? rest.substring(0, brace).strip() : rest;
    Fields nameAndType = Fields.split(declaration.replaceAll("\\s+", " "), ' ', "'\"",
        lineNumber);
    String name = nameAndType.values.get(0);
    if (name.isEmpty() || names.contains(name)) {
      throw new InvalidInputException("/lines/" + lineNumber,
          "attribute names must be distinct and not blank", "a repeated or blank name");
    }
    if (brace >= 0 && rest.endsWith("}") && nameAndType.values.size() == 1) {
      List<String> labels = Fields.split(rest.substring(brace + 1, rest.length() - 1), ',',
          "'\"", lineNumber).values;
      nominal.put(name, List.copyOf(labels));
      types.put(name, ColumnType.CATEGORICAL);
    } else {
      String type = nameAndType.values.get(nameAndType.values.size() - 1)
          .toLowerCase(Locale.ROOT);
      if (nameAndType.values.size() != 2
          || !(type.equals("numeric") || type.equals("real") || type.equals("integer"))) {
        throw new InvalidInputException(Columns.pointer(lineNumber, name),
            "the type must be numeric, real, integer or a nominal {...} list",
            "an unsupported type");
      }
      types.put(name, ColumnType.NUMERIC);
    }
    names.add(name);
  }

  private static String[] row(String line, int lineNumber, List<String> names) {
    if (line.startsWith("{")) {
      throw new InvalidInputException(
          "/lines/" + lineNumber, "rows must be dense", "a sparse row");
    }
    Fields fields = Fields.split(line, ',', "'\"", lineNumber);
    if (fields.values.size() != names.size()) {
      throw new InvalidInputException("/lines/" + lineNumber,
          "must have " + names.size() + " values", fields.values.size() + " values");
    }
    String[] cells = new String[names.size()];
    for (int c = 0; c < cells.length; c++) {
      String value = fields.values.get(c);
      cells[c] = !fields.quoted.get(c) && value.equals("?") ? null : value;
    }
    return cells;
  }
}
