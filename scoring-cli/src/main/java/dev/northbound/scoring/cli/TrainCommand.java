package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.training.BoostingSpec;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.SelectionReport;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingReport;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import dev.northbound.scoring.toolkit.training.boosted.BoostedScorecardTrainer;
import dev.northbound.scoring.toolkit.training.reject.RejectInferenceSettings;
import dev.northbound.scoring.toolkit.training.boosted.BoostedTrainingReport;
import dev.northbound.scoring.toolkit.training.boosted.BoostedTrainingResult;
import dev.northbound.scoring.toolkit.training.boosted.BoostingConfig;
import dev.northbound.scoring.tribuo.TribuoChallenger;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains a points scorecard (a WoE logistic scorecard, or a boosted additive scorecard with
 * interactions) and writes the sealed model file and a training report.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a points scorecard with stratified cross-validation, optionally beside a Tribuo"
        + " challenger: a WoE logistic scorecard (docs/training.md), or with --method boosted a boosted"
        + " additive scorecard with pairwise interactions (docs/boosted-scorecard.md).",
        "--data: a CSV or ARFF table (its columns become the model's inputs) or JSON Lines of"
            + " credit files with outcomes (standard features as of each application date).",
        "With SOURCE_DATE_EPOCH set, the model's training time is that instant, so the same data"
            + " and seed give the same model file byte for byte."})
final class TrainCommand implements Callable<Integer> {

  /** The drops the summary names: a failed fit, and every step a spec asks for. */
  private static final java.util.Set<SelectionReport.Reason> SHOWN = java.util.EnumSet.of(
      SelectionReport.Reason.SINGULAR_FIT, SelectionReport.Reason.EXCLUDED_BY_SPEC,
      SelectionReport.Reason.HIGH_IV, SelectionReport.Reason.HIGH_VIF,
      SelectionReport.Reason.HIGH_P_VALUE, SelectionReport.Reason.WRONG_SIGN);

  @Spec CommandSpec spec;

  @Mixin TrainingDataOptions dataOptions;

  @Mixin RejectInferenceOptions rejectOptions;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "The model file to write.")
  Path out;

  @Option(names = "--challenger", paramLabel = "MODEL", split = ",",
      description = "Challengers to cross-validate beside the scorecard: xgboost, cart (default: none).")
  List<String> challengers = new ArrayList<>();

  @Option(names = "--cv", paramLabel = "K", defaultValue = "5",
      description = "Stratified cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the folds and the challengers (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "woe",
      description = "woe: a WoE logistic scorecard; boosted: a boosted additive scorecard, each"
          + " characteristic's points learnt by bagged cyclic boosting, with pairwise interactions"
          + " (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--interactions", paramLabel = "N",
      description = "With --method boosted: the most pairwise interactions, 0 (a purely additive card) to 100"
          + " (default: the spec's boosting.maxInteractions, else 5).")
  Integer interactions;

  @Option(names = "--l2", paramLabel = "LAMBDA",
      description = "With --method woe: L2 penalty on the slopes, not negative (default: 0, plain maximum"
          + " likelihood); use a small one (e.g. 1) when the fit reports a singular Hessian.")
  Double l2;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A training spec (docs/training-spec.md): roles, fixed bins, selection steps, protected"
          + " attributes, scaling and integer points.")
  Path specFile;

  @Option(names = "--write-spec", paramLabel = "FILE",
      description = "Write the spec this run used, every bin made explicit, to FILE (written atomically;"
          + " an existing file is replaced, as with --out).")
  Path writeSpec;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write report.json and report.html into this directory: new or empty, or holding a previous "
          + "report with --replace-report.")
  Path report;

  @Option(names = "--replace-report", description = "Replace a previous report in the --report directory.")
  boolean replaceReport;

  @Option(names = "--id", paramLabel = "ID",
      description = "The model id (default: the model file's name up to its first dot).")
  String id;

  @Option(names = "--model-version", paramLabel = "VERSION", defaultValue = "1",
      description = "The model version (default: ${DEFAULT-VALUE}).")
  String version;

  @Mixin FxOptions fx;

  private final Function<String, String> environment;
  private final Clock clock;

  TrainCommand() {
    this(System::getenv, Clock.systemUTC());
  }

  TrainCommand(Function<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    boolean boosted = method();
    Optional<RejectInferenceSettings> inference = rejectOptions.settings(boosted, seed, dataOptions.data);
    if (report != null) {
      ReportDirectories.check(report, replaceReport);
    }
    Instant trainedAt = TrainTime.resolve(environment, clock);
    checkOutputs();
    TrainingConfig config = config();
    Optional<BoostingSpec> boosting = boosted ? Optional.of(boostingSettings(config.spec())) : Optional.empty();
    Currency currency = fx.reportingCurrency();
    FxRates rates = fx.fxRates(trainedAt.atOffset(ZoneOffset.UTC).toLocalDate());
    TrainData input = dataOptions.read(currency, rates);
    Map<String, String> dataInfo = dataOptions.describe(input);
    Optional<RejectInferenceOptions.Inferred> inferred = Optional.empty();
    if (inference.isPresent()) {
      dataInfo.put("rejects", rejectOptions.rejects.getFileName().toString());
      inferred = Optional.of(rejectOptions.infer(input, dataOptions, inference.get(), config, currency, rates));
      input = inferred.get().data();
    }
    Map<String, String> settings = new LinkedHashMap<>();
    dataInfo.forEach((k, v) -> settings.put("data." + k, v));
    if (!dataOptions.ignore.isEmpty()) {
      settings.put("data.ignore", String.join(",", dataOptions.ignore));
    }
    inference.ifPresent(chosen -> rejectOptions.describe(chosen, settings));
    if (specFile != null) {
      settings.put("data.spec", specFile.getFileName().toString());
      // Which spec, by content: the SHA-256 of the spec as read, in its canonical written form.
      settings.put("data.specSha256", java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(config.spec().toBytes())));
    }
    ModelIdentity identity = new ModelIdentity(modelId(), version, "northbound train", trainedAt, settings);
    Trained trained = boosting.isPresent()
        ? trainBoosted(input, BoostingConfig.of(config, boosting.get(), identity), trainedAt, dataInfo)
        : trainWoe(input, config, identity, trainedAt, dataInfo);
    // The report first: it is the write that can be refused (another run's lock on the directory), and a
    // refused run must not leave a model file behind. The model file is then written atomically.
    if (report != null) {
      Report r = trained.report().orElseThrow();
      ReportDirectories.write(replaceReport, writer -> writer.write(report, r.json(), r.html()));
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    ScorecardFiles.write(trained.model(), out);
    if (writeSpec != null) {
      Files.createDirectories(writeSpec.toAbsolutePath().getParent());
      AtomicFiles.write(writeSpec, trained.usedSpec().toBytes());
    }
    PrintWriter w = spec.commandLine().getOut();
    inferred.ifPresent(i -> i.print(w));
    trained.summary().accept(w);
    w.println("Model:  " + out);
    if (report != null) {
      w.println("Report: " + report.resolve("report.html"));
    }
    if (writeSpec != null) {
      w.println("Spec:   " + writeSpec);
    }
    return ExitCodes.OK;
  }

  /** What a training run gives: the model file, the spec it used, its report and its summary lines. */
  private record Trained(ModelFile model, TrainingSpec usedSpec, Optional<Report> report,
      Consumer<PrintWriter> summary) {}

  /** A training report's two forms. */
  private record Report(Map<String, Object> json, HtmlReport html) {}

  private Trained trainWoe(TrainData input, TrainingConfig config, ModelIdentity identity, Instant trainedAt,
      Map<String, String> dataInfo) {
    TrainingResult result = TrainData.withSpec(Optional.ofNullable(specFile),
        () -> InputFiles.read("--data", dataOptions.data, () -> ScorecardTrainer.create(config).train(input.data)));
    ModelFile model = input.model(result, identity);
    Optional<Report> written = Optional.empty();
    if (report != null) {
      // The model development document: diagnostics on the training data, and the spec the run used
      // (every bin explicit), which --write-spec also writes.
      TrainingReport training = TrainingReport.of(result, model.scorecard(), trainedAt, dataInfo, input.indeterminate)
          .withTrainingData(input.data)
          .withSpec(new String(result.usedSpec().toBytes(), StandardCharsets.UTF_8));
      written = Optional.of(new Report(training.json(), training.html()));
    }
    return new Trained(model, result.usedSpec(), written, w -> summary(w, result, input));
  }

  private Trained trainBoosted(TrainData input, BoostingConfig config, Instant trainedAt,
      Map<String, String> dataInfo) {
    BoostedTrainingResult result = TrainData.withSpec(Optional.ofNullable(specFile),
        () -> InputFiles.read("--data", dataOptions.data,
            () -> BoostedScorecardTrainer.create(config).train(input.data, input.schema())));
    ModelFile model = input.model(result.scorecard());
    // The spec used: the one given (or the automatic one) with every boosting setting explicit.
    TrainingSpec used = config.training().spec().withBoosting(config.spec());
    Optional<Report> written = Optional.empty();
    if (report != null) {
      BoostedTrainingReport training = BoostedTrainingReport.of(result, model.scorecard(), trainedAt, dataInfo,
              input.indeterminate)
          .withTrainingData(input.data)
          .withSpec(new String(used.toBytes(), StandardCharsets.UTF_8));
      written = Optional.of(new Report(training.json(), training.html()));
    }
    return new Trained(model, used, written, w -> boostedSummary(w, result, input));
  }

  /** Whether the method is boosted; checks the options that belong to one method only. */
  private boolean method() {
    String m = method.strip().toLowerCase(Locale.ROOT);
    if (!m.equals("woe") && !m.equals("boosted")) {
      throw new UsageException("--method must be woe or boosted, found " + method);
    }
    boolean boosted = m.equals("boosted");
    if (boosted && l2 != null) {
      throw new UsageException("--l2 is for --method woe; a boosted card's penalty is the spec's boosting.l2");
    }
    if (boosted && dataOptions.weight != null) {
      throw new UsageException("--weight needs the WoE trainer: the boosted trainer takes no weights");
    }
    if (!boosted && interactions != null) {
      throw new UsageException("--interactions is for --method boosted");
    }
    return boosted;
  }

  /** The spec's boosting settings (or the defaults), with --interactions in place of its maxInteractions. */
  private BoostingSpec boostingSettings(TrainingSpec spec) {
    BoostingSpec settings = spec.boosting().orElse(BoostingSpec.defaults());
    if (interactions == null) {
      return settings;
    }
    if (interactions < 0 || interactions > 100) {
      throw new UsageException("--interactions must be from 0 to 100, found " + interactions);
    }
    return settings.withMaxInteractions(interactions);
  }

  private TrainingConfig config() {
    if (folds < 2) {
      throw new UsageException("--cv must be at least 2, found " + folds);
    }
    double penalty = l2 == null ? 0 : l2;
    if (!(penalty >= 0 && Double.isFinite(penalty))) {
      throw new UsageException("--l2 must be a finite number, not negative, found " + l2);
    }
    List<TribuoChallenger> models = new ArrayList<>();
    for (String name : challengers) {
      TribuoChallenger m = TribuoChallenger.parse(name.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new UsageException("--challenger must be xgboost or cart"));
      if (models.contains(m)) {
        throw new UsageException("--challenger names " + m.code() + " twice");
      }
      models.add(m);
    }
    TrainingConfig.Builder builder = specFile == null ? TrainingConfig.builder()
        : TrainData.readSpec(specFile).toConfig();
    return builder.seed(seed).folds(folds).l2(penalty).challengers(models).build();
  }

  /** Output paths that cannot be written are refused before the (long) training starts. */
  private void checkOutputs() {
    OutputPaths.requireFileTarget("--out", out, "model.json");
    OutputPaths.requireNotAnInput("--out", out, "--data", dataOptions.data);
    OutputPaths.requireNotAnInput("--out", out, "--spec", specFile);
    OutputPaths.requireNotAnInput("--out", out, "--rejects", rejectOptions.rejects);
    if (report != null) {
      OutputPaths.requireFolderTarget("--report", report);
      if (report.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        throw new UsageException("--report and --out must differ");
      }
    }
    if (writeSpec != null) {
      OutputPaths.requireFileTarget("--write-spec", writeSpec, "spec.json");
      OutputPaths.requireNotAnInput("--write-spec", writeSpec, "--data", dataOptions.data);
      OutputPaths.requireNotAnInput("--write-spec", writeSpec, "--spec", specFile);
      OutputPaths.requireNotAnInput("--write-spec", writeSpec, "--rejects", rejectOptions.rejects);
      Path written = writeSpec.toAbsolutePath().normalize();
      if (written.equals(out.toAbsolutePath().normalize())
          || (report != null && written.startsWith(report.toAbsolutePath().normalize()))) {
        throw new UsageException("--write-spec must differ from --out and lie outside --report");
      }
    }
  }

  private String modelId() {
    if (id != null) {
      if (id.isBlank()) {
        throw new UsageException("--id must not be blank");
      }
      return id;
    }
    String name = out.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void summary(PrintWriter w, TrainingResult r, TrainData input) {
    int bads = input.data.badCount();
    w.printf(Locale.ROOT, "Trained on %,d rows (%,d bad, %,d good)%s, %d characteristics.%n",
        input.data.rows(), bads, input.data.rows() - bads,
        input.indeterminate > 0 ? ", " + input.indeterminate + " indeterminate left out" : "",
        input.data.columns().size());
    weights(w, input.data);
    w.printf(Locale.ROOT, "Selected %d: %s%n", r.selection().selected().size(),
        String.join(", ", r.selection().selected()));
    r.selection().dropped().stream()
        .filter(d -> SHOWN.contains(d.reason()))
        .forEach(d -> w.println("Dropped " + d.characteristic() + ": " + d.detail()));
    r.selection().flagged().forEach(f -> w.println("Flagged " + f.characteristic() + ": " + f.detail()));
    line(w, "Scorecard", r.scorecardCv(), r.config().folds());
    for (CvAuc c : r.challengerCv()) {
      line(w, c.model().equals("xgboost") ? "XGBoost" : c.model().toUpperCase(Locale.ROOT), c,
          r.config().folds());
    }
  }

  /** For weighted data (reject inference), the total weight beside the row counts. */
  private static void weights(PrintWriter w, Dataset data) {
    if (!data.weighted()) {
      return;
    }
    double total = 0;
    double bad = 0;
    for (int row = 0; row < data.rows(); row++) {
      total += data.weight(row);
      bad += data.isBad(row) ? data.weight(row) : 0;
    }
    w.printf(Locale.ROOT, "Weighted rows: total weight %,.1f (%,.1f bad, %,.1f good).%n", total, bad, total - bad);
  }

  private void boostedSummary(PrintWriter w, BoostedTrainingResult r, TrainData input) {
    int bads = input.data.badCount();
    w.printf(Locale.ROOT, "Trained on %,d rows (%,d bad, %,d good)%s, %d characteristics.%n",
        input.data.rows(), bads, input.data.rows() - bads,
        input.indeterminate > 0 ? ", " + input.indeterminate + " indeterminate left out" : "",
        input.data.columns().size());
    List<Characteristic> card = r.scorecard().characteristics();
    long pairs = card.stream().filter(Characteristic::isInteraction).count();
    int attributes = card.stream().mapToInt(c -> c.bins().size()).sum();
    w.printf(Locale.ROOT, "Boosted card: %d characteristics (%d interactions), %d attributes.%n",
        card.size(), pairs, attributes);
    card.stream().filter(Characteristic::isInteraction).forEach(c -> w.println("Interaction " + c.name()));
    line(w, "Boosted", r.boostedCv(), r.config().training().folds());
    for (CvAuc c : r.challengerCv()) {
      line(w, c.model().equals("xgboost") ? "XGBoost" : c.model().toUpperCase(Locale.ROOT), c,
          r.config().training().folds());
    }
  }

  private static void line(PrintWriter w, String model, CvAuc cv, int k) {
    StringBuilder folds = new StringBuilder();
    cv.folds().forEach(f -> folds.append(String.format(Locale.ROOT, " %.4f", f)));
    w.printf(Locale.ROOT, "%-10s %d-fold CV AUC %.4f (folds%s)%n", model, k, cv.mean(), folds);
  }
}
