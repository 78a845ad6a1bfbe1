package dev.northbound.scoring.cli;

import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.evaluation.run.ProgressListener;
import dev.northbound.scoring.toolkit.evaluation.run.RowSource;
import dev.northbound.scoring.toolkit.evaluation.run.RowSources;
import dev.northbound.scoring.toolkit.evaluation.run.TableColumns;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code evaluate} and {@code monitor}: the model, how to read data files (JSON
 * Lines of credit files, or a CSV of standard features), threads, what to do with rows that cannot be
 * scored, whether to replace a previous report, and the progress bar.
 */
final class EvaluateInputs {

  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "The scorecard model file (northbound.scorecard, over the standard features).")
  Path model;

  @Option(names = "--as-of-column", paramLabel = "C",
      description = "CSV only: the date column (yyyy-MM-dd or yyyy-MM) giving each row's month for PSI by month. "
          + "JSON Lines use each application date.")
  String asOfColumn;

  @Option(names = "--segment-by", paramLabel = "C",
      description = "Group fairness (and nothing else) by this column; for JSON Lines only 'segment'.")
  String segmentBy;

  @Option(names = "--target", paramLabel = "C",
      description = "CSV only: the outcome column (default: the one the model was trained with).")
  String target;

  @Option(names = "--bad-value", paramLabel = "V",
      description = "CSV only: the target value meaning bad (default: the one the model was trained with).")
  String badValue;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the available processors). The report does not depend on it.")
  Integer threads;

  @Option(names = "--skip-invalid",
      description = "Leave out rows that cannot be scored, count them by reason (printed, and in report.json and "
          + "report.html) and go on. Without it (the default) the first such row stops the run with exit 3, its "
          + "line, its JSON Pointer and a fix.")
  boolean skipInvalid;

  @Option(names = "--fail-fast", hidden = true,
      description = "Stop at the first row that cannot be scored: the default; kept for scripts that pass it.")
  boolean failFast;

  @Option(names = "--replace-report",
      description = "Replace a previous report in the --report directory. Without it the directory must be new "
          + "or empty; a directory holding anything but a report is always refused.")
  boolean replaceReport;

  @Option(names = "--trust", paramLabel = "KEY",
      description = "Load the model only if signed by this Ed25519 public key (PEM); repeatable (docs/signing.md).")
  java.util.List<Path> trust = new java.util.ArrayList<>();

  @Mixin FxOptions fx;

  /** The model file as loaded; a model trained on a table carries its inputs. */
  private ModelFile modelFile;

  Scorecard loadModel() throws IOException {
    InputFiles.requireFile(model);
    modelFile = ModelFiles.read(model, TrustOption.load(trust));
    return modelFile.scorecard();
  }

  /** Whether the loaded model was trained on a table (its file has inputs); call after {@link #loadModel()}. */
  boolean tabularModel() {
    return modelFile != null && modelFile.inputs().isPresent();
  }

  /** The target column: {@code --target}, or the one the model was trained with. */
  String target(Scorecard card) {
    return trained(target, card, "target", "--target");
  }

  /** The target value meaning bad: {@code --bad-value}, or the one the model was trained with. */
  String badValue(Scorecard card) {
    return trained(badValue, card, "badValue", "--bad-value");
  }

  EvaluationSettings settings() {
    if (failFast && skipInvalid) {
      throw new UsageException("--fail-fast and --skip-invalid contradict each other; stopping is the default");
    }
    EvaluationSettings s = EvaluationSettings.defaults().withFailFast(!skipInvalid);
    if (threads != null) {
      if (threads < 1 || threads > 256) {
        throw new UsageException("--threads must be 1 to 256, found " + threads);
      }
      s = s.withThreads(threads);
    }
    return s;
  }

  /**
   * The rows of {@code file}: JSON Lines of credit files ({@code .jsonl}, {@code .ndjson}, optionally
   * {@code .gz}), a CSV of standard features ({@code .csv}, {@code .csv.gz}), or, for a model trained on
   * a table, CSV or ARFF of the same raw columns (mapped through the model's inputs).
   */
  RowSource source(Path file, Scorecard card) throws IOException {
    InputFiles.requireFile(file);
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if ((base.endsWith(".jsonl") || base.endsWith(".ndjson")) && tabularModel()) {
      throw new UsageException("--model " + model + " was trained on a table (it has an inputs"
          + " section) and scores rows of that table's columns; " + file.getFileName()
          + " holds credit files: give a CSV or ARFF of the model's columns, or a model trained on"
          + " credit files");
    }
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
      if (asOfColumn != null) {
        throw new UsageException("--as-of-column does not apply to JSON Lines: months come from each application date");
      }
      if (segmentBy != null && !segmentBy.equals("segment")) {
        throw new UsageException("for JSON Lines, --segment-by can only be segment, found " + segmentBy);
      }
      if (target != null || badValue != null) {
        throw new UsageException("--target and --bad-value do not apply to JSON Lines: each line has its outcome");
      }
      return RowSources.creditFileLines(file, StandardFeatures.extractor(), fx.reportingCurrency(),
          fx.fxRates(LocalDate.now(ZoneOffset.UTC)), segmentBy != null);
    }
    if (modelFile != null && modelFile.inputs().isPresent() && (base.endsWith(".csv") || base.endsWith(".arff"))) {
      if (asOfColumn != null) {
        throw new UsageException("--as-of-column is not supported for a model trained on a table");
      }
      return RowSources.tabular(file, TabularInputs.of(modelFile.inputs().get()),
          trained(target, card, "target", "--target"), trained(badValue, card, "badValue", "--bad-value"),
          Optional.ofNullable(segmentBy));
    }
    if (base.endsWith(".csv")) {
      if (target == null && !card.provenance().settings().containsKey("target")
          && !card.provenance().settings().containsKey("data.target")) {
        throw new UsageException("--model " + model + " was trained on credit files: a CSV for it"
            + " holds the model's standard features (docs/features.md) and an outcome column named"
            + " by --target; or give JSON Lines of credit files");
      }
      TableColumns columns = new TableColumns(trained(target, card, "target", "--target"),
          trained(badValue, card, "badValue", "--bad-value"), Optional.ofNullable(asOfColumn),
          Optional.ofNullable(segmentBy));
      return RowSources.featureCsv(file, card.schema(),
          card.characteristics().stream()
              .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.feature()), c.partner().stream()))
              .distinct().toList(), columns);
    }
    if (base.endsWith(".arff")) {
      throw new UsageException("ARFF input needs a model trained on a table (with inputs in its model file); "
          + "use a CSV of standard features or JSON Lines of credit files for this model");
    }
    throw new UsageException("cannot tell the format of " + file.getFileName()
        + ": use .jsonl (credit files) or .csv (standard features), optionally .gz");
  }

  private static String trained(String given, Scorecard card, String setting, String option) {
    if (given != null) {
      return given;
    }
    // `train` records the data's target as data.target / data.badValue.
    String trained = card.provenance().settings().getOrDefault(setting,
        card.provenance().settings().get("data." + setting));
    if (trained == null) {
      throw new UsageException(option + " is required: the model does not record the " + setting
          + " it was trained with");
    }
    return trained;
  }

  /** A progress bar in KiB read, fed by the library's callback; close it when the run ends. */
  static final class Progress implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;
    private long shownKib;

    Progress(PrintWriter err, String stage, long totalBytes) {
      this.bar = ProgressBar.create(err, stage + " (KiB read)", Math.max(0, totalBytes) / 1024);
    }

    @Override
    public void progress(long bytesRead, long bytesTotal, long records) {
      long kib = bytesRead / 1024;
      if (kib > shownKib) {
        bar.advance(kib - shownKib);
        shownKib = kib;
      }
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
