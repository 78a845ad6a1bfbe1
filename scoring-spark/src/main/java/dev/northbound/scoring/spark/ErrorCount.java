package dev.northbound.scoring.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * How many rows failed scoring at one pointer under one rule: the report's error summary (no value,
 * no row identity, so no personal data).
 *
 * @param pointer the JSON Pointer
 * @param rule the rule broken
 * @param rows how many rows
 */
record ErrorCount(String pointer, String rule, long rows) {

  /** The error counts of scored rows, most frequent first (then by pointer and rule). */
  static List<ErrorCount> of(Dataset<Row> scored) {
    Dataset<Row> errors = scored.where(scored.col(SparkScoring.ERROR).isNotNull())
        .groupBy(scored.col(SparkScoring.ERROR + ".pointer"), scored.col(SparkScoring.ERROR + ".rule"))
        .count()
        .orderBy(functions.desc("count"), functions.asc("pointer"), functions.asc("rule"));
    List<ErrorCount> out = new ArrayList<>();
    for (Row r : errors.collectAsList()) {
      out.add(new ErrorCount(r.getString(0), r.getString(1), r.getLong(2)));
    }
    return List.copyOf(out);
  }
}
