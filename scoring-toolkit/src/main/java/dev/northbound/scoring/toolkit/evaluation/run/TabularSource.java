package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.toolkit.data.ArffReader;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.tabular.TabularCells;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * CSV or ARFF of the raw columns a tabular model was trained on ({@code models.tabular}): the table
 * is read once with the model's column types, bound to the model's inputs (categorical labels to
 * the training codes, unknown labels and missing markers to the missing bin), and handed to the run
 * one row at a time. Tabular files are feature tables, far smaller than credit-file histories, so
 * they are read whole; only the bound primitive columns stay in memory.
 */
final class TabularSource implements RowSource {

  private final Path file;
  private final Dataset data;
  private final TabularRows rows;
  private final Optional<Column> segment;

  TabularSource(Path file, TabularInputs inputs, String target, String badValue, Optional<String> segmentColumn) {
    this.file = file;
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    this.data = name.endsWith(".arff")
        ? ArffReader.read(file, inputs.readOptions(target, badValue))
        : CsvReader.read(file, inputs.readOptions(target, badValue));
    this.rows = inputs.bind(data);
    this.segment = segmentColumn.map(c -> data.column(c).orElseThrow(() ->
        new dev.northbound.scoring.core.InvalidInputException("/columns/" + c, "must be a column of the data",
            "no such column")));
  }

  @Override
  public String description() {
    return description(file.getFileName().toString(), data.rows());
  }

  static String description(String fileName, long rows) {
    return "table " + fileName + " (" + rows + " rows)";
  }

  @Override
  public long sizeInBytes() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public long forEachRecord(LineSplitter.LineConsumer consumer, LongConsumer progress) {
    byte[] record = new byte[4];
    long size = sizeInBytes();
    for (int r = 0; r < data.rows(); r++) {
      record[0] = (byte) (r >>> 24);
      record[1] = (byte) (r >>> 16);
      record[2] = (byte) (r >>> 8);
      record[3] = (byte) r;
      // The record is the row's index; the row number in the file is 1-based after the header.
      consumer.accept(r + 2L, record, 4);
      if (size > 0) {
        progress.accept(size * (r + 1L) / data.rows());
      }
    }
    return data.rows();
  }

  @Override
  public RowDecoder newDecoder() {
    double[] values = new double[rows.columns().length];
    return (lineNumber, record, length, row) -> {
      int r = ((record[0] & 0xff) << 24) | ((record[1] & 0xff) << 16) | ((record[2] & 0xff) << 8) | (record[3] & 0xff);
      rows.fill(r, values);
      TabularCells.write(values, row.features());
      row.outcome(data.isBad(r) ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD);
      segment.ifPresent(c -> row.segment(label(c, r)));
    };
  }

  private static String label(Column c, int r) {
    if (c instanceof CategoricalColumn cat) {
      return cat.isMissing(r) ? "missing" : cat.labels().get(cat.code(r));
    }
    NumericColumn n = (NumericColumn) c;
    return n.isMissing(r) ? "missing" : Double.toString(n.value(r));
  }
}
