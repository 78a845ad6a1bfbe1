package dev.northbound.scoring.spark;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.Iterator;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The shape of every scoring pass: per partition, take the model from the per-JVM cache, build one
 * row function (which owns the reusable buffers, so it is used by this partition's thread only) and
 * map the rows through it lazily.
 */
abstract class ScoringPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<ModelRef> model;

  ScoringPartition(Broadcast<ModelRef> model) {
    this.model = model;
  }

  /** The broadcast model file (its model and inputs come from the per-JVM cache). */
  final ModelRef modelRef() {
    return model.value();
  }

  /** The function that scores one row of this partition into an output row. */
  abstract UnaryOperator<Row> rowScorer(Scorecard card, String[] reasonCodes);

  @Override
  public final Iterator<Row> call(Iterator<Row> rows) {
    Scorecard card = model.value().load();
    UnaryOperator<Row> score = rowScorer(card, Outputs.reasonCodes(card));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return score.apply(rows.next());
      }
    };
  }
}
