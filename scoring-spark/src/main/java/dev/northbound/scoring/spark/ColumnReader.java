package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.FeatureBuffer;
import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * How the rows of a table become a model's input: resolved against the table's schema on the driver,
 * shipped to executors, and opened once per partition ({@link FeatureColumns} for a model of the
 * standard catalogue, {@link TabularColumns} for a model trained on a table).
 */
interface ColumnReader extends Serializable {

  /** A reader for one partition, confined to its thread (it may own reusable buffers). */
  Partition open(ModelRef model);

  /** Reads the rows of one partition. */
  interface Partition {

    /**
     * Writes the row's feature values into {@code buffer}, in the model's schema order.
     *
     * @throws dev.northbound.scoring.core.InvalidInputException if a cell breaks a rule (pointer
     *     {@code /<column>})
     */
    void features(Row row, FeatureBuffer buffer);

    /**
     * Fills an evaluation row: the features, the outcome and, if named, the month and segment.
     *
     * @throws dev.northbound.scoring.core.InvalidInputException if a cell breaks a rule
     */
    void fill(Row row, dev.northbound.scoring.toolkit.evaluation.run.Row out);
  }
}
