package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: scores a JSON Lines file of credit files with outcomes
 * ({@code --data}) or a Parquet/CSV table of feature columns ({@code --features}; for a model trained
 * on a table, the table's raw columns with {@code --target} and {@code --bad-value}) with a model file,
 * evaluates them and writes the local engine's {@code report.json} and {@code report.html} into
 * {@code --out} ({@link SparkReports}); optionally writes the scored rows as Parquet ({@code --scored}). Arguments and examples are in {@code docs/spark.md}.
 */
public final class SparkJob {

  private SparkJob() {}

  /**
   * Runs the job in a new or the active session ({@code --master} sets the master when not run by
   * spark-submit) and exits with the command line's codes ({@link JobExit}: 2 for a usage error, 3 for
   * invalid input data, 1 for anything else), after one line on standard error.
   *
   * @param args the arguments, as in docs/spark.md
   */
  public static void main(String[] args) {
    int code = execute(args, System.out, System.err);
    if (code != JobExit.OK) {
      System.exit(code);
    }
  }

  /** Parses, runs in a session it creates and stops, and returns the exit code. */
  static int execute(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    JobArguments a;
    try {
      a = JobArguments.parse(args);
    } catch (IllegalArgumentException e) {
      return JobExit.report(e, err);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("northbound-evaluate");
    a.get("--master").ifPresent(builder::master);
    SparkSession spark = builder.getOrCreate();
    try {
      return execute(spark, args, out, err);
    } finally {
      spark.stop();
    }
  }

  /** Runs in {@code spark} (left running) and returns the exit code; the outcome is reported on {@code out} or {@code err}. */
  static int execute(SparkSession spark, String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    try {
      JobArguments a = JobArguments.parse(args);
      EvaluationReport report = run(spark, args);
      out.println(String.format(Locale.ROOT, "scored %,d rows (%,d skipped); Gini %.4f; report in %s",
          report.rowsScored(), report.rowsSkipped(), ((Map<?, ?>) report.data().get("metrics")).get("gini"),
          a.required("--out")));
      return JobExit.OK;
    } catch (IOException | RuntimeException e) {
      return JobExit.report(e, err);
    }
  }

  /**
   * Runs the job in the given session and writes {@code report.json} and {@code report.html}
   * atomically into {@code --out}.
   *
   * @param spark the session
   * @param args the arguments, as in docs/spark.md ({@code --master} is ignored)
   * @return the report written
   * @throws IOException if the model cannot be read or the report cannot be written
   * @throws IllegalArgumentException if the arguments are wrong
   * @throws dev.northbound.scoring.core.InvalidInputException with {@code --fail-fast true}, for the
   *     first bad record; always, if the scored rows do not hold at least one bad and one good
   */
  public static EvaluationReport run(SparkSession spark, String... args) throws IOException {
    return run(spark, Clock.systemUTC(), args);
  }

  /** As {@link #run(SparkSession, String...)}, with the report dated by {@code clock}. */
  static EvaluationReport run(SparkSession spark, Clock clock, String... args) throws IOException {
    JobArguments a = JobArguments.parse(args);
    if (a.get("--data").isPresent() == a.get("--features").isPresent()) {
      throw new IllegalArgumentException("give exactly one of --data (JSON Lines of credit files) and --features");
    }
    Path out = Path.of(a.required("--out"));
    ReportWriter writer = ReportWriter.create();
    if (flag(a, "--replace-report")) {
      writer = writer.replacingPreviousReport();
    }
    writer.check(out); // before any Spark work
    EvaluationSettings settings = settings(a, clock);
    SparkScoring scoring = SparkScoring.create(spark, Files.readAllBytes(Path.of(a.required("--model"))));
    Optional<String> segment = a.get("--segment-by");
    EvaluationReport report;
    Dataset<Row> scored;
    if (a.get("--data").isPresent()) {
      if (segment.isPresent() && !segment.get().equals("segment")) {
        throw new IllegalArgumentException("with --data, --segment-by can only be segment, found " + segment.get());
      }
      // Without --as-of, each file is scored as of its application date (a back-test), as `evaluate` does.
      Optional<String> given = a.get("--as-of");
      LocalDate asOf = given.map(LocalDate::parse).orElse(LocalDate.now(java.time.ZoneOffset.UTC));
      Currency currency = Currency.getInstance(a.get("--currency").orElse("CNY"));
      ExtractionContext context = new ExtractionContext(asOf, currency, rates(a.fx(), asOf));
      String data = a.required("--data");
      report = SparkReports.evaluateCreditFileLines(scoring, data, context, given.isEmpty(), segment.isPresent(),
          settings);
      Dataset<Row> lines = spark.read().text(data);
      scored = given.isPresent() ? scoring.scoreCreditFileLines(lines, "value", context)
          : scoring.scoreCreditFileLinesAsOfApplication(lines, "value", context);
    } else {
      String path = a.required("--features");
      String format = a.get("--format").orElse(path.endsWith(".csv") ? "csv" : "parquet");
      Dataset<Row> features = spark.read().format(format).option("header", "true").load(path);
      String name = new org.apache.hadoop.fs.Path(path).getName();
      if (scoring.inputs().isPresent()) {
        report = evaluateTable(scoring, features, a, name, settings);
      } else {
        if (a.get("--target").isPresent() || a.get("--bad-value").isPresent()) {
          throw new IllegalArgumentException("--target and --bad-value are for a model trained on a table; use --outcome");
        }
        report = SparkReports.evaluateFeatures(scoring, features, a.get("--outcome").orElse("outcome"),
            a.get("--as-of-column"), segment, (format.equals("csv") ? "CSV" : "Parquet") + " of features (" + name + ")",
            settings);
      }
      scored = scoring.scoreFeatures(features);
    }
    report.write(out, writer);
    if (a.get("--scored").isPresent()) {
      scored.write().mode(SaveMode.ErrorIfExists).parquet(a.required("--scored"));
    }
    return report;
  }

  /** A model trained on a table: the table's raw columns, its target and bad value, as {@code evaluate} takes them. */
  private static EvaluationReport evaluateTable(SparkScoring scoring, Dataset<Row> table, JobArguments a, String name,
      EvaluationSettings settings) {
    if (a.get("--outcome").isPresent() || a.get("--as-of-column").isPresent()) {
      throw new IllegalArgumentException("the model was trained on a table: give --target and --bad-value, not --outcome"
          + " or --as-of-column");
    }
    return SparkReports.evaluateTable(scoring, table, a.required("--target"), a.required("--bad-value"),
        a.get("--segment-by"), name, settings);
  }

  private static EvaluationSettings settings(JobArguments a, Clock clock) {
    EvaluationSettings s = EvaluationSettings.defaults().withClock(clock)
        .withBootstrap(Integer.parseInt(a.get("--bootstrap").orElse("200")), Long.parseLong(a.get("--seed").orElse("42")))
        .withFailFast(failFast(a));
    return a.get("--cutoff").map(c -> s.withCutoff(Double.parseDouble(c))).orElse(s);
  }

  /**
   * Whether the first row that cannot be scored stops the job: the default; {@code --skip-invalid true}
   * skips and counts such rows instead ({@code --fail-fast false}, the former spelling, too).
   */
  private static boolean failFast(JobArguments a) {
    boolean skip = flag(a, "--skip-invalid");
    if (a.get("--fail-fast").isPresent()) {
      boolean stop = flag(a, "--fail-fast");
      if (a.get("--skip-invalid").isPresent() && stop == skip) {
        throw new IllegalArgumentException("--fail-fast " + stop + " contradicts --skip-invalid " + skip);
      }
      return stop;
    }
    return !skip;
  }

  /** A {@code true}/{@code false} option, false when absent. */
  private static boolean flag(JobArguments a, String name) {
    String value = a.get(name).orElse("false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false, found " + value);
    }
    return value.equals("true");
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
