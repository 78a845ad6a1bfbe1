package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.function.UnaryOperator;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition of table rows (feature columns, or the raw columns of a model trained on a
 * table, read by a {@link ColumnReader}): the model comes from the per-JVM cache, one feature buffer
 * and one holder serve every row, and a row that breaks a rule gets the error column instead of
 * failing the task.
 */
final class FeaturePartition extends ScoringPartition {

  private static final long serialVersionUID = 1L;

  private final ColumnReader columns;

  FeaturePartition(Broadcast<ModelRef> model, ColumnReader columns) {
    super(model);
    this.columns = columns;
  }

  @Override
  UnaryOperator<Row> rowScorer(Scorecard card, String[] codes) {
    ScoreHolder holder = card.newHolder();
    FeatureBuffer buffer = FeatureBuffer.of(card.schema());
    ColumnReader.Partition reader = columns.open(modelRef());
    return row -> {
      Object[] out = Outputs.copy(row, Outputs.WIDTH);
      int at = row.length();
      try {
        reader.features(row, buffer);
        card.score(buffer.values(), holder);
        Outputs.scored(out, at, card, holder, codes, null);
      } catch (InvalidInputException e) {
        Outputs.failed(out, at, "", e);
      }
      return RowFactory.create(out);
    };
  }
}
