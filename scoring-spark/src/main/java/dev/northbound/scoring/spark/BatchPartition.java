package dev.northbound.scoring.spark;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.run.ScoredBatch;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The shape of every evaluation pass: per partition, take the model from the per-JVM cache and turn
 * the partition's items lazily into encoded {@link ScoredBatch}es of up to {@value #BATCH} records.
 * Each batch numbers its lines from 1 and says how many lines it spans, so the driver, reading
 * partitions in order, renumbers them from the start of the input.
 *
 * @param <T> the partition's items
 */
abstract class BatchPartition<T> implements FlatMapFunction<Iterator<T>, byte[]> {

  private static final long serialVersionUID = 1L;
  static final int BATCH = 4096;

  private final Broadcast<ModelRef> model;

  BatchPartition(Broadcast<ModelRef> model) {
    this.model = model;
  }

  /** The broadcast model file (its model and inputs come from the per-JVM cache). */
  final ModelRef modelRef() {
    return model.value();
  }

  /** Adds one item of this partition, at line {@code line} of the current batch, to {@code batch}. */
  @FunctionalInterface
  interface Adder<T> {
    void add(T item, long line, ScoredBatch.Builder batch);
  }

  /** The adder of one partition (it may own reusable buffers: used by this partition's thread only). */
  abstract Adder<T> adder(Scorecard card);

  @Override
  public final Iterator<byte[]> call(Iterator<T> items) {
    Scorecard card = model.value().load();
    ScoredBatch.Builder batch = ScoredBatch.builder(card);
    Adder<T> adder = adder(card);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public byte[] next() {
        long line = 0;
        while (items.hasNext() && batch.size() < BATCH) {
          adder.add(items.next(), ++line, batch);
        }
        return batch.throughLine(line).build().toBytes();
      }
    };
  }
}
