package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.tabular.CreditFileTable;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.reject.RejectInference;
import dev.northbound.scoring.toolkit.training.reject.RejectInferenceMethod;
import dev.northbound.scoring.toolkit.training.reject.RejectInferenceSettings;
import dev.northbound.scoring.toolkit.training.reject.study.Candidate;
import dev.northbound.scoring.toolkit.training.reject.study.CandidateResult;
import dev.northbound.scoring.toolkit.training.reject.study.RejectFile;
import dev.northbound.scoring.toolkit.training.reject.study.RejectInferenceStudy;
import dev.northbound.scoring.toolkit.training.reject.study.StudyReport;
import dev.northbound.scoring.toolkit.training.reject.study.StudyResult;
import dev.northbound.scoring.toolkit.training.reject.study.TruthFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures reject inference methods (docs/reject-inference.md, "The measurement"): splits the
 * accepts and rejects into a development and a test part, trains one WoE scorecard per method on
 * the development part, and reports each on the test part, through the door with the truth file
 * and on the accepts alone. Writes a report, no model.
 */
@Command(name = "reject-inference", mixinStandardHelpOptions = true,
    description = {"Measure reject inference methods against the truth (docs/reject-inference.md): a WoE"
        + " scorecard per method trained on a development part of the accepts and rejects, tested on the"
        + " rest through the door (with --truth: AUC, KS, Brier, calibration by decile, the bad rate at the"
        + " incumbent's approval rate) and on the accepts alone (all a bank can compute).",
        "--accepts and --rejects: JSON Lines of credit files, as written by generate --incumbent; or two"
            + " tables (CSV or ARFF, the rejects without the target column) with --target, where no truth"
            + " exists and the report shows the accepts' figures."})
final class RejectInferenceCommand implements Callable<Integer> {

  /** The method codes, in the order help lists them; {@code oracle} needs --truth. */
  static final List<String> METHODS = List.of("none", "hard-cutoff", "fuzzy", "parcelling", "oracle");

  @Spec CommandSpec spec;

  @Option(names = "--accepts", required = true, paramLabel = "FILE",
      description = "The accepted applicants with their outcomes (.jsonl credit files).")
  Path accepts;

  @Option(names = "--rejects", required = true, paramLabel = "FILE",
      description = "The rejected applicants, without outcomes (.jsonl, as generate --rejects writes).")
  Path rejects;

  @Option(names = "--target", paramLabel = "COLUMN",
      description = "With tables: the accepts' target column (the rejects may lack it).")
  String target;

  @Option(names = "--bad-value", paramLabel = "V", defaultValue = "bad",
      description = "With tables: the target value that marks a bad row (default: ${DEFAULT-VALUE}).")
  String badValue;

  @Option(names = "--truth", paramLabel = "FILE",
      description = "The rejects' true outcomes (generate --truth); without it only the accepts' figures are"
          + " reported.")
  Path truth;

  @Option(names = "--methods", paramLabel = "METHODS", split = ",",
      description = "The methods, in report order: none (accepts only), hard-cutoff, fuzzy, parcelling, and"
          + " oracle (the rejects with their true outcomes: the bound no method can pass; needs --truth)"
          + " (default: none,hard-cutoff,fuzzy,parcelling).")
  List<String> methods = new ArrayList<>(List.of("none", "hard-cutoff", "fuzzy", "parcelling"));

  @Option(names = "--test-share", paramLabel = "SHARE", defaultValue = "0.3",
      description = "The share of the accepts and of the rejects held out for the test, in (0, 1)"
          + " (default: ${DEFAULT-VALUE}).")
  double testShare;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the split and the folds (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--cv", paramLabel = "K", defaultValue = "2",
      description = "Cross-validation folds of each scorecard on its own training rows, at least 2"
          + " (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--l2", paramLabel = "LAMBDA", defaultValue = "1",
      description = "L2 penalty of the logistic fit, 0 or more (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--report", required = true, paramLabel = "DIR",
      description = "Write the report (report.json and report.html) into this directory: new or empty, or"
          + " holding a previous report with --replace-report.")
  Path report;

  @Option(names = "--replace-report", description = "Replace a previous report in the --report directory.")
  boolean replaceReport;

  @Mixin FxOptions fx;

  private TrainingConfig config;

  @Override
  public Integer call() throws Exception {
    if (!(testShare > 0 && testShare < 1)) {
      throw new UsageException("--test-share must be more than 0 and less than 1, found " + testShare);
    }
    if (folds < 2) {
      throw new UsageException("--cv must be at least 2, found " + folds);
    }
    if (!(l2 >= 0 && Double.isFinite(l2))) {
      throw new UsageException("--l2 must be 0 or more, found " + l2);
    }
    boolean table = isTable(accepts);
    String name = dev.northbound.scoring.toolkit.data.Compression.contentName(accepts);
    if (!table && !(name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
      throw new UsageException("--accepts must be JSON Lines of credit files (.jsonl) or a table (.csv or .arff),"
          + " found " + accepts.getFileName());
    }
    TrainData.requireSameKind(accepts, rejects);
    if (table && truth != null) {
      throw new UsageException("--truth is for credit files: a table's rejects carry no document id to match;"
          + " without it the report shows the accepts' figures");
    }
    if (table && target == null) {
      throw new UsageException("--target is required for a table");
    }
    if (!table && target != null) {
      throw new UsageException("--target is for tables; credit files carry their outcomes");
    }
    InputFiles.requireFile("--accepts", accepts);
    InputFiles.requireFile("--rejects", rejects);
    if (truth != null) {
      InputFiles.requireFile("--truth", truth);
    }
    OutputPaths.requireFolderTarget("--report", report);
    config = TrainingConfig.builder().l2(l2).folds(folds).seed(seed).challengers(List.of()).build();
    List<Candidate> candidates = new ArrayList<>();
    for (String code : codes()) {
      candidates.add(candidate(code));
    }
    ReportDirectories.check(report, replaceReport);

    Instant now = TrainTime.resolve(System::getenv, Clock.systemUTC());
    Currency currency = fx.reportingCurrency();
    FxRates rates = fx.fxRates(now.atOffset(ZoneOffset.UTC).toLocalDate());
    Dataset acceptData;
    Dataset rejectData;
    Optional<boolean[]> rejectTruth = Optional.empty();
    if (table) {
      TrainData trainData = TrainData.read(accepts, Optional.of(target), badValue, List.of(), currency, rates);
      acceptData = trainData.data;
      rejectData = trainData.readRejects(rejects, Optional.of(target), badValue, List.of(), currency, rates);
    } else {
      acceptData = InputFiles.read("--accepts", accepts,
          () -> CreditFileTable.read(accepts, StandardFeatures.extractor(), currency, rates)).data();
      RejectFile rejectFile = InputFiles.read("--rejects", rejects,
          () -> RejectFile.read(rejects, StandardFeatures.extractor(), currency, rates));
      rejectData = rejectFile.data();
      if (truth != null) {
        rejectTruth = Optional.of(InputFiles.read("--truth", truth, () -> TruthFile.read(truth, rejectFile)));
      }
    }
    Optional<boolean[]> known = rejectTruth;
    StudyResult result = InputFiles.read("--accepts", accepts, () -> RejectInferenceStudy.run(
        acceptData, rejectData, known, candidates, config, testShare, seed));

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("format", table ? "table" : "jsonl");
    inputs.put("accepts", accepts.getFileName().toString());
    inputs.put("rejects", rejects.getFileName().toString());
    if (truth != null) {
      inputs.put("truth", truth.getFileName().toString());
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("methods", candidates.stream().map(Candidate::name).toList());
    settings.put("cv", folds);
    settings.put("l2", l2);
    ReportDirectories.write(replaceReport, writer -> writer.write(report,
        StudyReport.json(result, now, inputs, settings), StudyReport.html(result, now)));
    print(result);
    return ExitCodes.OK;
  }

  /**
   * The candidate of a method code. This build has only {@code none} (the accepts alone) and
   * {@code oracle} (the rejects with their true outcomes, for the study only); the reject inference
   * methods come with {@code RejectInference.augment}.
   */
  private Candidate candidate(String code) {
    switch (code) {
      case "none":
        return Candidate.acceptsOnly();
      case "oracle":
        if (truth == null) {
          throw new UsageException("--methods oracle needs --truth (it trains on the rejects' true outcomes)");
        }
        return Candidate.oracle();
      default:
        // hard-cutoff, fuzzy, parcelling: the accepts-only card infers the rejects' outcomes
        // (docs/reject-inference.md, "The methods"); parcelling draws with --seed.
        RejectInferenceSettings d = RejectInferenceSettings.of(RejectInferenceMethod.parse(code).orElseThrow());
        RejectInferenceSettings settings = new RejectInferenceSettings(d.method(), d.uplift(), d.bands(), seed);
        return new Candidate(code, (accepts, rejects) -> RejectInference.augment(accepts, rejects, config, settings));
    }
  }

  private List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String m : methods) {
      String code = m.strip().toLowerCase(Locale.ROOT);
      if (!METHODS.contains(code)) {
        throw new UsageException("--methods must name " + String.join(", ", METHODS) + "; found " + m);
      }
      if (codes.contains(code)) {
        throw new UsageException("--methods names " + code + " twice");
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      throw new UsageException("--methods must name at least one method");
    }
    return codes;
  }

  private static boolean isTable(Path file) {
    String name = dev.northbound.scoring.toolkit.data.Compression.contentName(file);
    return name.endsWith(".csv") || name.endsWith(".arff");
  }

  private void print(StudyResult result) {
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "Trained on %,d accepts and %,d rejects; tested on %,d accepts and %,d rejects.%n",
        result.developmentAccepts(), result.developmentRejects(), result.testAccepts(), result.testRejects());
    result.note().ifPresent(w::println);
    w.println("| method | AUC through the door | bad rate at the incumbent's approval rate | AUC on accepts |");
    w.println("|---|---:|---:|---:|");
    for (CandidateResult c : result.candidates()) {
      w.printf(Locale.ROOT, "| %s | %s | %s | %.4f |%n", c.name(),
          c.throughTheDoor().map(v -> String.format(Locale.ROOT, "%.4f", v.auc())).orElse("n/a"),
          c.tradeoff().map(t -> String.format(Locale.ROOT, "%.2f%%", 100 * t.badRate())).orElse("n/a"),
          c.accepts().auc());
    }
    w.println("Report: " + report.resolve("report.html"));
  }
}
