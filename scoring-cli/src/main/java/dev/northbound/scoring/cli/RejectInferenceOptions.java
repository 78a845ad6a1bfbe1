package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.reject.RejectInference;
import dev.northbound.scoring.toolkit.training.reject.RejectInferenceMethod;
import dev.northbound.scoring.toolkit.training.reject.RejectInferenceSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The reject inference options of {@code train} ({@code docs/reject-inference.md}, "The methods"):
 * the rejected applicants and the method that infers their outcomes.
 */
final class RejectInferenceOptions {

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "The rejected applicants, without outcomes, of the kind of --data: JSON Lines of credit"
          + " files (as generate --incumbent writes them) with credit files, a CSV or ARFF table of the same"
          + " columns (the target column absent or ignored) with a table. Needs --reject-inference.")
  Path rejects;

  @Option(names = "--reject-inference", paramLabel = "METHOD",
      description = "With --method woe and --rejects: none, hard-cutoff, fuzzy or parcelling"
          + " (docs/reject-inference.md).")
  String method;

  @Option(names = "--uplift", paramLabel = "K",
      description = "With --reject-inference: k >= 1 multiplies the rejects' predicted PD (hard-cutoff, fuzzy)"
          + " or their score band's accepted bad rate (parcelling) (default: 1.5 for parcelling, else 1).")
  Double uplift;

  /**
   * The settings these options ask for, checked before any data is read; empty without
   * {@code --rejects}. Parcelling draws with {@code seed}.
   *
   * @throws UsageException if one option comes without the other, the rejects are not of the kind of
   *     {@code data}, the method is unknown, the uplift is below 1, or the trainer is the boosted one
   */
  Optional<RejectInferenceSettings> settings(boolean boosted, long seed, Path data) {
    if (rejects == null && method == null) {
      if (uplift != null) {
        throw new UsageException("--uplift needs --rejects and --reject-inference");
      }
      return Optional.empty();
    }
    if (method == null) {
      throw new UsageException("--rejects needs --reject-inference METHOD (none, hard-cutoff, fuzzy or parcelling)");
    }
    if (rejects == null) {
      throw new UsageException("--reject-inference needs --rejects FILE, the rejected applicants");
    }
    TrainData.requireSameKind(data, rejects);
    if (boosted) {
      throw new UsageException("reject inference needs the WoE trainer: the boosted trainer takes no weights");
    }
    RejectInferenceMethod m = RejectInferenceMethod.parse(method.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new UsageException("--reject-inference must be one of "
            + String.join(", ", Arrays.stream(RejectInferenceMethod.values()).map(RejectInferenceMethod::code)
                .toList()) + ", found " + method));
    // Parcelling draws with the run's --seed.
    RejectInferenceSettings defaults = RejectInferenceSettings.of(m);
    RejectInferenceSettings settings = new RejectInferenceSettings(m, defaults.uplift(), defaults.bands(), seed);
    if (uplift == null) {
      return Optional.of(settings);
    }
    if (!(uplift >= 1 && Double.isFinite(uplift))) {
      throw new UsageException("--uplift must be a finite number, at least 1, found " + uplift);
    }
    if (m == RejectInferenceMethod.NONE && uplift != 1) {
      throw new UsageException("--uplift is not used by --reject-inference none");
    }
    return Optional.of(settings.withUplift(uplift));
  }

  /**
   * What the inference gave: the training data (the accepts and the inferred rejects), and for the
   * summary the settings, the number of rejects and their inferred (weighted) bad rate.
   */
  record Inferred(TrainData data, RejectInferenceSettings settings, int rejects, double inferredBadRate) {

    /** The summary line. */
    void print(PrintWriter w) {
      if (settings.method() == RejectInferenceMethod.NONE) {
        w.printf(Locale.ROOT, "Reject inference none: %,d rejects left out.%n", rejects);
        return;
      }
      w.printf(Locale.ROOT, "Reject inference %s (uplift %s): %,d rejects inferred, inferred bad rate %.2f%%.%n",
          settings.method().code(), plain(settings.uplift()), rejects, 100 * inferredBadRate);
    }
  }

  /** Reads the rejects and returns the training data with their outcomes inferred by {@code chosen}. */
  Inferred infer(TrainData input, TrainingDataOptions data, RejectInferenceSettings chosen, TrainingConfig config,
      Currency currency, FxRates rates) {
    Dataset rejected = input.readRejects(rejects, Optional.ofNullable(data.target), data.badValue, data.ignore,
        currency, rates);
    Dataset augmented = InputFiles.read("--data", data.data,
        () -> RejectInference.augment(input.data, rejected, config, chosen));
    double weight = 0;
    double bad = 0;
    for (int r = input.data.rows(); r < augmented.rows(); r++) {
      weight += augmented.weight(r);
      bad += augmented.isBad(r) ? augmented.weight(r) : 0;
    }
    return new Inferred(input.withData(augmented), chosen, rejected.rows(), weight > 0 ? bad / weight : 0);
  }

  /** Records the method in the model's provenance. */
  void describe(RejectInferenceSettings chosen, Map<String, String> provenance) {
    provenance.put("rejectInference.method", chosen.method().code());
    provenance.put("rejectInference.uplift", plain(chosen.uplift()));
    if (chosen.method() == RejectInferenceMethod.PARCELLING) {
      provenance.put("rejectInference.bands", Integer.toString(chosen.bands()));
      provenance.put("rejectInference.seed", Long.toString(chosen.seed()));
    }
  }

  private static String plain(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
