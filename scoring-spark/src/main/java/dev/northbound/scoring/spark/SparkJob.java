package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code spark-submit} entry point: scores a JSON Lines file of credit files with outcomes
 * ({@code --data}) or a Parquet/CSV table of feature columns ({@code --features}) with a model file,
 * evaluates the scores and writes {@code report.json} into {@code --out}; optionally writes the
 * scored rows as Parquet ({@code --scored}). Arguments and examples are in {@code docs/spark.md}.
 */
public final class SparkJob {

  private SparkJob() {}

  /**
   * Runs the job in a new or the active session ({@code --master} sets the master when not run by
   * spark-submit).
   *
   * @param args the arguments, as in docs/spark.md
   * @throws IOException if the model cannot be read or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    JobArguments a = JobArguments.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("northbound-evaluate");
    a.get("--master").ifPresent(builder::master);
    SparkSession spark = builder.getOrCreate();
    try {
      EvaluationSummary s = run(spark, args);
      System.out.println("scored " + s.rowsScored() + " rows (" + s.rowsSkipped() + " skipped, "
          + s.rowsIndeterminate() + " indeterminate); Gini " + s.discrimination().gini() + "; report in "
          + a.required("--out"));
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in the given session.
   *
   * @param spark the session
   * @param args the arguments, as in docs/spark.md ({@code --master} is ignored)
   * @return the metrics written to the report
   * @throws IOException if the model cannot be read or the report cannot be written
   * @throws IllegalArgumentException if the arguments are wrong
   */
  public static EvaluationSummary run(SparkSession spark, String... args) throws IOException {
    JobArguments a = JobArguments.parse(args);
    SparkScoring scoring = SparkScoring.create(spark, Files.readAllBytes(Path.of(a.required("--model"))));
    Path out = Path.of(a.required("--out"));
    Dataset<Row> scored;
    String outcome;
    if (a.get("--data").isPresent() == a.get("--features").isPresent()) {
      throw new IllegalArgumentException("give exactly one of --data (JSON Lines of credit files) and --features");
    }
    if (a.get("--data").isPresent()) {
      // Without --as-of, each file is scored as of its application date (a back-test), as `evaluate` does.
      Optional<String> given = a.get("--as-of");
      LocalDate asOf = given.map(LocalDate::parse).orElse(LocalDate.now(java.time.ZoneOffset.UTC));
      Currency currency = Currency.getInstance(a.get("--currency").orElse("CNY"));
      ExtractionContext context = new ExtractionContext(asOf, currency, rates(a.fx(), asOf));
      Dataset<Row> lines = spark.read().text(a.required("--data"));
      scored = given.isPresent() ? scoring.scoreCreditFileLines(lines, "value", context)
          : scoring.scoreCreditFileLinesAsOfApplication(lines, "value", context);
      outcome = SparkScoring.OUTCOME;
    } else {
      String path = a.required("--features");
      String format = a.get("--format").orElse(path.endsWith(".csv") ? "csv" : "parquet");
      scored = scoring.scoreFeatures(spark.read().format(format).option("header", "true").load(path));
      outcome = a.get("--outcome").orElse("outcome");
    }
    Dataset<Row> slim = scored.select(SparkScoring.SCORE, SparkScoring.PD, SparkScoring.ERROR, outcome)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      if (a.get("--scored").isPresent()) {
        scored.write().mode(SaveMode.ErrorIfExists).parquet(a.required("--scored"));
      }
      EvaluationSummary summary = SparkEvaluation.evaluate(slim, outcome);
      List<ErrorCount> errors = ErrorCount.of(slim);
      Files.createDirectories(out);
      ReportFile.write(out.resolve("report.json"), scoring, summary, errors);
      return summary;
    } finally {
      slim.unpersist();
    }
  }

  private static FxRates rates(List<String> specs, LocalDate asOf) {
    List<FxRate> list = new ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split("[/=]");
      if (p.length != 3) {
        throw new IllegalArgumentException("--fx must look like HKD/CNY=0.9215, found " + spec);
      }
      list.add(new FxRate(Currency.getInstance(p[0]), Currency.getInstance(p[1]), new BigDecimal(p[2]),
          "command line", asOf));
    }
    return FxRates.copyOf(list);
  }
}
