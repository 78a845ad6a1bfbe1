package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.evaluation.run.RowSource;
import dev.northbound.scoring.toolkit.evaluation.run.UnusableRowException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores and evaluates a whole dataset and writes report.json and report.html (docs/evaluation.md). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score and evaluate a whole dataset with a model: discrimination, calibration, gains, cutoffs, "
        + "PSI by month and fairness by group, written atomically to DIR/report.json and DIR/report.html.",
        "A row that cannot be scored stops the run (exit 3) with its line, JSON Pointer and a fix; with "
            + "--skip-invalid such rows are left out and counted by reason (never values).",
        "DIR must be new or empty (or hold a previous report, with --replace-report); nothing else in it is touched."})
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin EvaluateInputs inputs;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "JSON Lines of credit files with outcomes (.jsonl) or a CSV of standard features (.csv); .gz ok.")
  Path data;

  @Option(names = "--report", required = true, paramLabel = "DIR", description = "The report directory: new or empty, or holding a previous report with --replace-report.")
  Path report;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "200",
      description = "Bootstrap replicates for the Gini, KS and AR intervals (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--cutoff", paramLabel = "POINTS",
      description = "Approval cutoff for fairness (default: the model's lowest grade cutoff).")
  Double cutoff;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "local (default) or spark: score on Apache Spark (docs/spark.md) with --master; JSON Lines "
          + "of credit files, or the CSV table of a model trained on a table. Both engines write the same report.")
  String engine;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "With --engine spark: the Spark master (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "With --engine spark: one as-of date for every file (default: each file's application date, "
          + "as the local engine does).")
  java.time.LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    if (engine.equals("spark")) {
      return spark();
    }
    if (!engine.equals("local")) {
      throw new UsageException("--engine must be local or spark, found " + engine);
    }
    ReportDirectories.check(report, inputs.replaceReport);
    Scorecard card = inputs.loadModel();
    RowSource source = inputs.source(data, card);
    if (replicates < 2 || replicates > 100_000) {
      throw new UsageException("--bootstrap must be 2 to 100000, found " + replicates);
    }
    EvaluationSettings settings = inputs.settings().withBootstrap(replicates, seed);
    if (cutoff != null) {
      settings = settings.withCutoff(cutoff);
    }
    var err = spec.commandLine().getErr();
    long start = System.nanoTime();
    EvaluationReport result;
    try (EvaluateInputs.Progress progress = new EvaluateInputs.Progress(err, "evaluate", source.sizeInBytes())) {
      result = EvaluationRun.evaluate(card, source, settings, progress);
    } catch (UnusableRowException e) {
      return RowErrors.stopped(e, "--data " + data, err);
    } catch (IOException e) { // name the option and the file (a corrupt .gz, say)
      throw InputFileException.of("--data", data, new UncheckedIOException(e));
    } catch (InvalidInputException | UncheckedIOException e) {
      throw InputFileException.of("--data", data, e);
    }
    EvaluationReport written = result;
    ReportDirectories.write(inputs.replaceReport, writer -> written.write(report, writer));
    double seconds = (System.nanoTime() - start) / 1e9;
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) result.data().get("metrics");
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%,d rows scored, %,d skipped in %.1f s (%,.0f rows/s); AUC %.4f, Gini %.4f, KS %.4f, Brier %.5f; report in %s",
        result.rowsScored(), result.rowsSkipped(), seconds, (result.rowsScored() + result.rowsSkipped()) / seconds,
        metrics.get("auc"), metrics.get("gini"), metrics.get("ks"), metrics.get("brier"), report));
    RowErrors.printSkipped(spec.commandLine().getOut(), "Rows", result.data().get("rows"));
    return ExitCodes.OK;
  }

  /**
   * Hands the run to scoring-spark's SparkJob (JSON Lines of credit files, or a CSV table for a model
   * trained on a table), which writes the same report.json and report.html as the local engine.
   */
  private int spark() throws Exception {
    ReportDirectories.check(report, inputs.replaceReport);
    Scorecard card = inputs.loadModel();
    String name = data.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    java.util.List<String> args;
    if (inputs.tabularModel() && name.endsWith(".csv")) {
      if (asOf != null) {
        throw new UsageException("--as-of applies to credit files; a model trained on a table reads its columns");
      }
      args = new java.util.ArrayList<>(java.util.List.of("--model", inputs.model.toString(),
          "--features", data.toString(), "--format", "csv", "--target", inputs.target(card),
          "--bad-value", inputs.badValue(card)));
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      if (inputs.segmentBy != null && !inputs.segmentBy.equals("segment")) {
        throw new UsageException("for JSON Lines, --segment-by can only be segment, found " + inputs.segmentBy);
      }
      args = new java.util.ArrayList<>(java.util.List.of("--model", inputs.model.toString(),
          "--data", data.toString(), "--currency", inputs.fx.currency));
      if (asOf != null) {
        args.addAll(java.util.List.of("--as-of", asOf.toString()));
      }
      inputs.fx.reportingCurrency(); // checked here as the local engine does: a bad --fx or --currency is exit 2
      inputs.fx.fxRates(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
      for (String rate : inputs.fx.rates) {
        args.addAll(java.util.List.of("--fx", rate));
      }
    } else {
      throw new UsageException("--engine spark reads JSON Lines of credit files (.jsonl, .ndjson, optionally .gz), "
          + "or a CSV table for a model trained on a table; use --engine local for " + data.getFileName());
    }
    args.addAll(java.util.List.of("--out", report.toString(), "--bootstrap", Integer.toString(replicates),
        "--seed", Long.toString(seed), "--skip-invalid", Boolean.toString(inputs.skipInvalid),
        "--replace-report", Boolean.toString(inputs.replaceReport)));
    if (inputs.segmentBy != null) {
      args.addAll(java.util.List.of("--segment-by", inputs.segmentBy));
    }
    if (cutoff != null) {
      args.addAll(java.util.List.of("--cutoff", cutoff.toString()));
    }
    int code = SparkEngine.run(args, master, spec.commandLine().getErr());
    if (code != 0) {
      spec.commandLine().getErr().println("the Spark job exited with code " + code);
      return code == 2 || code == 3 ? code : ExitCodes.INTERNAL;
    }
    spec.commandLine().getOut().println("Spark report in " + report + " (report.json, report.html)");
    return ExitCodes.OK;
  }
}
