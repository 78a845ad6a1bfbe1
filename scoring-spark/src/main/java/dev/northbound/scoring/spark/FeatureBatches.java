package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scorecard.Scorecard;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Scores one partition of table rows for an evaluation: each row's features, outcome and (if named)
 * month and segment are read into the batch builder's row by a {@link ColumnReader}; a row that breaks a rule
 * is added as skipped. A row's "line" is its position in the partition order.
 */
final class FeatureBatches extends BatchPartition<Row> {

  private static final long serialVersionUID = 1L;

  private final ColumnReader columns;

  FeatureBatches(Broadcast<ModelRef> model, ColumnReader columns) {
    super(model);
    this.columns = columns;
  }

  @Override
  Adder<Row> adder(Scorecard card) {
    ColumnReader.Partition reader = columns.open(modelRef());
    return (row, line, batch) -> {
      batch.row().clear();
      try {
        reader.fill(row, batch.row());
      } catch (InvalidInputException e) {
        batch.addSkipped(line, e);
        return;
      }
      batch.addRow(line);
    };
  }
}
