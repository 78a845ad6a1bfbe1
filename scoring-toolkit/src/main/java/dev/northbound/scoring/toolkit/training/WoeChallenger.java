package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.comparison.CardSize;
import dev.northbound.scoring.toolkit.training.comparison.SizedChallenger;
import java.util.Objects;

/**
 * The WoE logistic scorecard as a model in a comparison: binning, selection and the fit of
 * {@link ScorecardTrainer} on the training rows, its probability of bad on the held-out rows (the
 * held-out figures {@code train} reports). Code {@code "woe"}. Immutable and thread-safe.
 */
public final class WoeChallenger implements SizedChallenger {

  private final TrainingConfig config;

  private WoeChallenger(TrainingConfig config) {
    this.config = config;
  }

  /** The WoE scorecard trained with {@code config} (its folds, seed and challengers are not used). */
  public static WoeChallenger of(TrainingConfig config) {
    return new WoeChallenger(Objects.requireNonNull(config, "config"));
  }

  @Override
  public String code() {
    return "woe";
  }

  /** Fits on {@code train}; the WoE scorecard draws no random numbers, so {@code seed} is unused. */
  @Override
  public double[] riskOf(Dataset train, Dataset test, long seed) {
    return TrainingPass.probabilityOfBad(TrainingPass.fit(train, config).draft(), test);
  }

  /** The selected characteristics and their bins, of the card fitted on {@code data}. */
  @Override
  public CardSize size(Dataset data, long seed) {
    TrainingPass.Fitted fitted = TrainingPass.fit(data, config);
    int attributes = 0;
    for (BinningResult b : fitted.binnings()) {
      if (fitted.draft().selected().contains(b.characteristic())) {
        attributes += b.attributes().size();
      }
    }
    return new CardSize(fitted.draft().selected().size(), attributes);
  }
}
