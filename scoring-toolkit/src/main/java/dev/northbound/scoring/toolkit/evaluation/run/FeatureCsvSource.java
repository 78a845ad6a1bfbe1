package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.toolkit.data.CsvRecords;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * A CSV of already-computed features: the header names schema features (matched by name; features
 * without a column are missing) plus the target and optional date and segment columns. Cells
 * {@code ""}, {@code NA} and {@code ?} are missing; others must be plain decimal numbers. Lines are
 * split with the project's CSV parser ({@link CsvRecords}), one record per line.
 */
final class FeatureCsvSource implements RowSource {

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Set<String> MISSING = Set.of("", "NA", "?");

  private final Path file;
  private final TableColumns columns;
  private final int width;
  private final int[] featureOfColumn;
  private final int target;
  private final int asOf;
  private final int segment;

  FeatureCsvSource(Path file, FeatureSchema schema, List<String> required, TableColumns columns) throws IOException {
    this.file = file;
    this.columns = columns;
    List<String> header = header(file);
    this.width = header.size();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).isEmpty() || index.put(header.get(c), c) != null) {
        throw new InvalidInputException("/lines/1", "column names must be distinct and not blank",
            "a repeated or blank name");
      }
    }
    this.target = column(index, columns.target(), "the target");
    this.asOf = columns.asOfColumn().isPresent() ? column(index, columns.asOfColumn().get(), "the as-of") : -1;
    this.segment = columns.segmentColumn().isPresent()
        ? column(index, columns.segmentColumn().get(), "the segment") : -1;
    for (String feature : required) {
      column(index, feature, "the model's feature");
    }
    featureOfColumn = new int[width];
    for (int c = 0; c < width; c++) {
      OptionalInt f = schema.indexOf(header.get(c));
      featureOfColumn[c] = c == target || c == asOf || c == segment || f.isEmpty() ? -1 : f.getAsInt();
    }
  }

  private static int column(Map<String, Integer> index, String name, String what) {
    Integer c = index.get(name);
    if (c == null) {
      throw new InvalidInputException("/lines/1", "must have a column for " + what + " " + name, "no such column");
    }
    return c;
  }

  private static List<String> header(Path file) throws IOException {
    List<List<String>> found = new ArrayList<>();
    try {
      InputOpener.lines(file, (n, buf, len) -> {
        if (found.isEmpty()) {
          String text = new String(buf, 0, len, StandardCharsets.UTF_8);
          found.add(split(text.startsWith("\uFEFF") ? text.substring(1) : text, 1));
          throw new HeaderRead();
        }
      }, bytes -> { });
    } catch (HeaderRead stop) {
      return found.get(0);
    }
    throw new InvalidInputException("/lines/1", "must be a header row", "an empty file");
  }

  /** Stops reading after the header. */
  private static final class HeaderRead extends RuntimeException {
    HeaderRead() {
      super("header read", null, false, false);
    }
  }

  @Override
  public String description() {
    return "CSV of features (" + file.getFileName() + ")";
  }

  @Override
  public long sizeInBytes() {
    return InputOpener.size(file);
  }

  @Override
  public long forEachRecord(LineSplitter.LineConsumer consumer, LongConsumer progress) throws IOException {
    boolean[] header = {true};
    return InputOpener.lines(file, (n, buf, len) -> {
      if (header[0]) {
        header[0] = false;
      } else {
        consumer.accept(n, buf, len);
      }
    }, progress);
  }

  @Override
  public RowDecoder newDecoder() {
    return (lineNumber, record, length, row) -> {
      List<String> cells = split(new String(record, 0, length, StandardCharsets.UTF_8), lineNumber);
      if (cells.size() != width) {
        throw new InvalidInputException("/lines/" + lineNumber, "must have " + width + " fields",
            cells.size() + (cells.size() == 1 ? " field" : " fields"));
      }
      String outcome = cells.get(target);
      if (MISSING.contains(outcome)) {
        throw new InvalidInputException("/lines/" + lineNumber + "/" + columns.target(), "is required", "nothing");
      }
      row.outcome(outcome.equals(columns.badValue()) ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD);
      if (asOf >= 0) {
        row.month(month(cells.get(asOf), lineNumber));
      }
      if (segment >= 0) {
        String label = cells.get(segment);
        if (label.isBlank() || label.length() > 64) {
          throw new InvalidInputException("/lines/" + lineNumber + "/" + columns.segmentColumn().orElseThrow(),
              "must be 1 to 64 characters", label.isBlank() ? "a blank value" : "a longer value");
        }
        row.segment(label);
      }
      for (int c = 0; c < width; c++) {
        int f = featureOfColumn[c];
        if (f < 0) {
          continue;
        }
        String cell = cells.get(c);
        if (MISSING.contains(cell)) {
          row.features().setMissing(f, MissingReason.UNAVAILABLE);
        } else if (NUMBER.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell))) {
          row.features().set(f, Double.parseDouble(cell));
        } else {
          throw new InvalidInputException("/lines/" + lineNumber + "/" + row.features().schema().name(f),
              "must be a plain decimal number or missing", "a string of " + cell.length() + " characters");
        }
      }
    };
  }

  private int month(String cell, long lineNumber) {
    try {
      String text = cell.length() >= 7 ? cell.substring(0, 7) : cell;
      java.time.YearMonth m = java.time.YearMonth.parse(text);
      if (cell.length() > 7) {
        java.time.LocalDate.parse(cell);
      }
      return m.getYear() * 100 + m.getMonthValue();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("/lines/" + lineNumber + "/" + columns.asOfColumn().orElseThrow(),
          "must be a date yyyy-MM-dd or a month yyyy-MM", "a string of " + cell.length() + " characters");
    }
  }

  /**
   * Splits one line with the project's CSV parser ({@link CsvRecords#splitLine}). The source splits
   * the file at line breaks so that workers can decode records in parallel, so here a quoted field
   * cannot span lines.
   */
  static List<String> split(String line, long lineNumber) {
    return CsvRecords.splitLine(line, lineNumber).values();
  }
}
