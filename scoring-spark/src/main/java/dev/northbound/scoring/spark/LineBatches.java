package dev.northbound.scoring.spark;

import dev.northbound.scoring.models.evaluation.run.RowDecoder;
import dev.northbound.scoring.models.evaluation.run.RowSources;
import dev.northbound.scoring.models.scorecard.Scorecard;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Scores one partition of a JSON Lines file of credit files, line by line, with the local engine's
 * decoder ({@link RowSources#creditFileLineDecoder}). Lines are split as the local engine splits
 * them: at {@code \n} only, a trailing {@code \r} dropped, blank lines (spaces and tabs) counted but
 * not read.
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
      byte[] bytes = text.getBytes();
      int end = text.getLength();
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
      if (!blank(bytes, end)) {
        batch.addRecord(line, decoder, bytes, end);
      }
    };
  }

  private static boolean blank(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
