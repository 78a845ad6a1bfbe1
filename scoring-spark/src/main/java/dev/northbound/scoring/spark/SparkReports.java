package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.evaluation.run.ProgressListener;
import dev.northbound.scoring.toolkit.evaluation.run.RowSources;
import dev.northbound.scoring.toolkit.evaluation.run.ScoredBatch;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The local engine's evaluation report ({@code report.json} and {@code report.html}, {@code
 * docs/evaluation.md}) computed on Spark. Executors score their partitions into compact {@link
 * ScoredBatch}es (about 25 bytes plus one per characteristic a row); the driver reads the
 * partitions back in order and merges them with {@link EvaluationRun#evaluate(
 * dev.northbound.scoring.models.scorecard.Scorecard, String, Iterator, EvaluationSettings,
 * ProgressListener)}, the same builder the local engine uses. The report therefore equals the local
 * one on the same records in the same order, bootstrap included.
 *
 * <p>Driver memory: the merged sample (about 25 bytes plus one per characteristic a scored row,
 * plus transient copies while the rank metrics, bootstrap and CSI by month run) and one partition's
 * batches at a time. The batches are cached on the executors (memory and disk) between the scoring
 * pass and the read-back. Stateless and thread-safe.
 */
public final class SparkReports {

  private SparkReports() {}

  /**
   * Evaluates a JSON Lines file of credit files with outcomes ({@code docs/credit-file-format.md}).
   * Lines are numbered from the start of the input in Spark's split order, which for one file
   * (plain or gzip) is the file's line order, so skipped records are listed with the local engine's
   * line numbers and pointers.
   *
   * @param scoring the model
   * @param path the file, as Spark's Hadoop file systems read it (local, HDFS, S3...)
   * @param context the reporting currency and exchange rates; its as-of date is used only when
   *     {@code asOfEachApplication} is false
   * @param asOfEachApplication whether each file's features are extracted as of its application date
   *     (a back-test, as the local engine does) rather than as of the context's date
   * @param segments whether each line's {@code segment} groups the fairness table
   * @param settings how to evaluate (threads and batch lines are not used)
   * @return the report
   * @throws dev.northbound.scoring.core.InvalidInputException with fail-fast, for the first bad line;
   *     always, if the scored rows do not hold at least one bad and one good
   */
  public static EvaluationReport evaluateCreditFileLines(SparkScoring scoring, String path, ExtractionContext context,
      boolean asOfEachApplication, boolean segments, EvaluationSettings settings) {
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(context, "context");
    scoring.requireStandard("credit files");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(scoring.session().sparkContext());
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n"); // as the local engine: \n only, \r dropped per line
    ContextSpec spec = asOfEachApplication ? ContextSpec.asOfEachApplication(context) : ContextSpec.of(context);
    JavaRDD<byte[]> batches = jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .mapPartitions(new LineBatches(scoring.modelBroadcast(), spec, segments));
    String name = new org.apache.hadoop.fs.Path(path).getName();
    String description = RowSources.creditFileLinesDescription(name);
    return merge(scoring, batches, lines -> description, settings);
  }

  /**
   * Evaluates a table of feature columns: one numeric or text column per characteristic (null, NaN or
   * empty text is missing), the outcome (text {@code good}/{@code bad}/{@code indeterminate},
   * boolean with {@code true} for bad, or 0/1; null is indeterminate), and optionally a month
   * (integer {@code yyyymm}, a date, or text {@code yyyy-MM} or {@code yyyy-MM-dd}) and a segment
   * (text). A row that breaks a rule is skipped and listed with its pointer ({@code /<column>}) and
   * its position in the Dataset's partition order as its line.
   *
   * @param scoring the model
   * @param features the rows
   * @param outcomeColumn the outcome column
   * @param monthColumn the month column, for PSI and CSI by month
   * @param segmentColumn the segment column, for the fairness table
   * @param description the input's description for the report (format and name, no personal data)
   * @param settings how to evaluate (threads and batch lines are not used)
   * @return the report
   * @throws IllegalArgumentException if a column is absent or of a type it cannot hold
   * @throws dev.northbound.scoring.core.InvalidInputException with fail-fast, for the first bad row;
   *     always, if the scored rows do not hold at least one bad and one good
   */
  public static EvaluationReport evaluateFeatures(SparkScoring scoring, Dataset<Row> features, String outcomeColumn,
      Optional<String> monthColumn, Optional<String> segmentColumn, String description, EvaluationSettings settings) {
    Objects.requireNonNull(scoring, "scoring");
    scoring.requireStandard("feature columns of the standard catalogue");
    Objects.requireNonNull(description, "description");
    FeatureColumns columns = FeatureColumns.of(features.schema(), scoring.model(),
        Optional.of(Objects.requireNonNull(outcomeColumn, "outcomeColumn")), monthColumn, segmentColumn);
    JavaRDD<byte[]> batches = features.toJavaRDD().mapPartitions(new FeatureBatches(scoring.modelBroadcast(), columns));
    return merge(scoring, batches, lines -> description, settings);
  }

  /**
   * Evaluates a table of raw columns with a model trained on a table ({@link SparkScoring#inputs()}),
   * as the local engine's {@code RowSources.tabular} does on the same rows: each input column decoded
   * as in {@link SparkScoring#scoreFeatures(Dataset)}; the outcome is bad when the target equals
   * {@code badValue} and good otherwise (a missing target is an error, {@code ""}, {@code NA} and
   * {@code ?} being missing); the segment is the column's text ({@code missing} when missing). A row
   * that breaks a rule is skipped and listed with its pointer ({@code /<column>}) and its position in
   * the Dataset's partition order as its line (the local engine stops at a bad cell instead). The
   * report's input is described as the local engine describes the file: {@code table <name> (<n>
   * rows)}.
   *
   * @param scoring the model, trained on a table
   * @param table the rows
   * @param target the target column (text, integer or boolean)
   * @param badValue the target value that means bad
   * @param segmentColumn the column that groups the fairness table
   * @param name the table's name for the report (a file name without directories; no personal data)
   * @param settings how to evaluate (threads and batch lines are not used)
   * @return the report
   * @throws IllegalArgumentException if the model was not trained on a table, or a column is absent or
   *     of a type it cannot hold
   * @throws dev.northbound.scoring.core.InvalidInputException with fail-fast, for the first bad row;
   *     always, if the scored rows do not hold at least one bad and one good
   */
  public static EvaluationReport evaluateTable(SparkScoring scoring, Dataset<Row> table, String target, String badValue,
      Optional<String> segmentColumn, String name, EvaluationSettings settings) {
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(name, "name");
    TabularColumns columns = TabularColumns.of(table.schema(), scoring.inputs().orElseThrow(
        () -> new IllegalArgumentException("the model was not trained on a table; use evaluateFeatures")),
        Optional.of(Objects.requireNonNull(target, "target")), Objects.requireNonNull(badValue, "badValue"),
        segmentColumn);
    JavaRDD<byte[]> batches = table.toJavaRDD().mapPartitions(new FeatureBatches(scoring.modelBroadcast(), columns));
    return merge(scoring, batches, rows -> RowSources.tabularDescription(name, rows), settings);
  }

  /**
   * Scores every partition in parallel (cached), then merges them on the driver in partition order;
   * {@code description} is given the number of lines the batches span.
   */
  private static EvaluationReport merge(SparkScoring scoring, JavaRDD<byte[]> batches,
      LongFunction<String> description, EvaluationSettings settings) {
    Objects.requireNonNull(settings, "settings");
    JavaRDD<byte[]> cached = batches.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One parallel job; toLocalIterator then fetches the cached partitions one by one.
      long lines = cached.map(b -> ScoredBatch.parse(b).lines()).fold(0L, Long::sum);
      Iterator<byte[]> encoded = cached.toLocalIterator();
      Iterator<ScoredBatch> ordered = new Iterator<>() {
        private long offset;

        @Override
        public boolean hasNext() {
          return encoded.hasNext();
        }

        @Override
        public ScoredBatch next() {
          ScoredBatch batch = ScoredBatch.parse(encoded.next());
          ScoredBatch placed = batch.renumbered(offset);
          offset += batch.lines();
          return placed;
        }
      };
      return EvaluationRun.evaluate(scoring.model(), description.apply(lines), ordered, settings,
          ProgressListener.NONE);
    } finally {
      cached.unpersist(false);
    }
  }
}
