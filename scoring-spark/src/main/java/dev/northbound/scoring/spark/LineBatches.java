package dev.northbound.scoring.spark;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.evaluation.run.RowDecoder;
import dev.northbound.scoring.toolkit.evaluation.run.RowSources;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Scores one partition of a JSON Lines file of credit files, line by line, with the local engine's
 * decoder ({@link RowSources#creditFileLineDecoder}). Lines are split at {@code \n} only and read
 * with the local engine's rule ({@link LineSplitter#recordLength}): a trailing {@code \r} dropped,
 * blank lines counted but not read.
 */
final class LineBatches extends BatchPartition<Tuple2<LongWritable, Text>> {

  private static final long serialVersionUID = 1L;

  private final ContextSpec context;
  private final boolean segments;

  LineBatches(Broadcast<ModelRef> model, ContextSpec context, boolean segments) {
    super(model);
    this.context = context;
    this.segments = segments;
  }

  @Override
  Adder<Tuple2<LongWritable, Text>> adder(Scorecard card) {
    var ctx = context.context();
    RowDecoder decoder = RowSources.creditFileLineDecoder(ModelRef.extractor(), ctx.reportingCurrency(), ctx.rates(),
        segments, context.fixedAsOf());
    return (item, line, batch) -> {
      Text text = item._2();
      int end = LineSplitter.recordLength(text.getBytes(), text.getLength());
      if (end >= 0) {
        batch.addRecord(line, decoder, text.getBytes(), end);
      }
    };
  }
}
