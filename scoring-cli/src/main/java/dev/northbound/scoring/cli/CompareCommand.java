package dev.northbound.scoring.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.definition.CanonicalJson;
import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.toolkit.training.BoostingSpec;
import dev.northbound.scoring.toolkit.training.Challenger;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import dev.northbound.scoring.toolkit.training.WoeChallenger;
import dev.northbound.scoring.toolkit.training.boosted.BoostedChallenger;
import dev.northbound.scoring.toolkit.training.boosted.BoostingConfig;
import dev.northbound.scoring.toolkit.training.comparison.Comparison;
import dev.northbound.scoring.toolkit.training.comparison.ComparisonRow;
import dev.northbound.scoring.toolkit.training.comparison.ModelComparison;
import dev.northbound.scoring.tribuo.TribuoChallenger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares models on held-out rows: the WoE scorecard, the boosted scorecard with and without
 * interactions, and the Tribuo challengers, on the same folds (or the same hold-out sample), with
 * AUC, KS, Brier score and each card's size. Writes no model.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare the WoE scorecard, the boosted scorecard and challengers on the same stratified"
        + " folds (the folds and seeds of train), or trained on --data and tested on --holdout: AUC (mean of"
        + " the folds), KS and Brier score (all held-out predictions pooled), and each card's characteristics"
        + " and attributes (docs/boosted-scorecard.md).",
        "--data: a CSV or ARFF table or JSON Lines of credit files with outcomes, as for train."})
final class CompareCommand implements Callable<Integer> {

  /** The model codes, in the order help lists them. */
  static final List<String> MODELS = List.of("woe", "boosted", "boosted-additive", "xgboost", "cart");

  @Spec CommandSpec spec;

  @Mixin TrainingDataOptions dataOptions;

  @Option(names = "--models", paramLabel = "MODELS", split = ",",
      description = "The models, in table order: woe, boosted (with the spec's interactions), boosted-additive"
          + " (no interactions), xgboost, cart (default: woe,boosted,boosted-additive).")
  List<String> models = new ArrayList<>(List.of("woe", "boosted", "boosted-additive"));

  @Option(names = "--holdout", paramLabel = "FILE",
      description = "Credit files with outcomes (.jsonl) to test on, instead of cross-validation; --data must then"
          + " be credit files too.")
  Path holdout;

  @Option(names = "--cv", paramLabel = "K", defaultValue = "5",
      description = "Stratified cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the folds and the models (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A training spec (docs/training-spec.md) for the scorecards: roles, bins, selection, scaling and"
          + " its boosting settings.")
  Path specFile;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Also write the figures as JSON to FILE (written atomically).")
  Path out;

  @Mixin FxOptions fx;

  @Override
  public Integer call() throws Exception {
    if (folds < 2) {
      throw new UsageException("--cv must be at least 2, found " + folds);
    }
    if (out != null) {
      OutputPaths.requireFileTarget("--out", out, "comparison.json");
      OutputPaths.requireNotAnInput("--out", out, "--data", dataOptions.data);
      OutputPaths.requireNotAnInput("--out", out, "--holdout", holdout);
      OutputPaths.requireNotAnInput("--out", out, "--spec", specFile);
    }
    List<String> codes = codes();
    TrainingSpec trainingSpec = specFile == null ? TrainingSpec.automatic() : TrainData.readSpec(specFile);
    TrainingConfig config = trainingSpec.toConfig().seed(seed).folds(folds).build();
    Instant now = TrainTime.resolve(System::getenv, Clock.systemUTC());
    var rates = fx.fxRates(now.atOffset(ZoneOffset.UTC).toLocalDate());
    TrainData input = dataOptions.read(fx.reportingCurrency(), rates);
    Optional<TrainData> test = Optional.empty();
    if (holdout != null) {
      if (!input.format.equals("jsonl")) {
        throw new UsageException("--holdout needs --data of credit files (.jsonl), found a " + input.format + " table");
      }
      test = Optional.of(TrainData.read(holdout, Optional.empty(), dataOptions.badValue, dataOptions.ignore,
          fx.reportingCurrency(), rates));
      if (!test.get().format.equals("jsonl")) {
        throw new UsageException("--holdout must be credit files (.jsonl), found " + holdout.getFileName());
      }
    }
    List<Challenger> contenders = new ArrayList<>();
    BoostingSpec boosting = trainingSpec.boosting().orElse(BoostingSpec.defaults());
    ModelIdentity identity = ModelIdentity.of("comparison", "1", "northbound compare", now);
    for (String code : codes) {
      contenders.add(switch (code) {
        case "woe" -> WoeChallenger.of(config);
        case "boosted" -> BoostedChallenger.of(code, BoostingConfig.of(config, boosting, identity), input.schema());
        case "boosted-additive" -> BoostedChallenger.of(code,
            BoostingConfig.of(config, boosting.withMaxInteractions(0), identity), input.schema());
        default -> TribuoChallenger.parse(code).orElseThrow();
      });
    }
    Optional<TrainData> heldOut = test;
    Comparison comparison = TrainData.withSpec(Optional.ofNullable(specFile), () -> InputFiles.read("--data",
        dataOptions.data, () -> heldOut.isPresent()
            ? ModelComparison.holdOut(input.data, heldOut.get().data, contenders, seed)
            : ModelComparison.crossValidate(input.data, contenders, folds, seed)));
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      AtomicFiles.write(out, json(comparison));
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "%s; %,d rows held out (%,d bad).%n", comparison.design(), comparison.rows(),
        comparison.bads());
    w.print(comparison.markdown());
    if (out != null) {
      w.println("Figures: " + out);
    }
    return ExitCodes.OK;
  }

  private List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String m : models) {
      String code = m.strip().toLowerCase(Locale.ROOT);
      if (!MODELS.contains(code)) {
        throw new UsageException("--models must name " + String.join(", ", MODELS) + "; found " + m);
      }
      if (codes.contains(code)) {
        throw new UsageException("--models names " + code + " twice");
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      throw new UsageException("--models must name at least one model");
    }
    return codes;
  }

  private static byte[] json(Comparison c) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("design", c.design());
    root.put("rows", c.rows());
    root.put("bads", c.bads());
    ArrayNode models = root.putArray("models");
    for (ComparisonRow m : c.models()) {
      ObjectNode o = models.addObject();
      o.put("model", m.model());
      o.put("auc", m.auc());
      ArrayNode foldAuc = o.putArray("foldAuc");
      m.foldAuc().forEach(foldAuc::add);
      o.put("ks", m.ks());
      o.put("brier", m.brier());
      m.size().ifPresent(s -> o.put("characteristics", s.characteristics()).put("attributes", s.attributes()));
    }
    return CanonicalJson.pretty(root);
  }
}
