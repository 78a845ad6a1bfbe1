package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.Challenger;
import java.util.Locale;
import java.util.Optional;

/**
 * The Tribuo challengers that {@link dev.northbound.scoring.toolkit.training.ScorecardTrainer} can
 * cross-validate beside the scorecard; pass them to {@code TrainingConfig.Builder.challengers}.
 */
public enum TribuoChallenger implements Challenger {
  /** Gradient-boosted trees: 100 trees of depth 3, eta 0.1, subsample 0.8, one thread. */
  XGBOOST,
  /** One CART tree of depth 5. */
  CART;

  /** The lower-case name used in results and reports, for example {@code "xgboost"}. */
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Trains this challenger on {@code train} and returns its P(bad) on every row of {@code test}. */
  @Override
  public double[] riskOf(Dataset train, Dataset test, long seed) {
    return TribuoChallengers.riskOf(this, train, test, seed);
  }

  /** The challenger with the given {@linkplain #code() code}, if there is one. */
  public static Optional<TribuoChallenger> parse(String code) {
    for (TribuoChallenger m : values()) {
      if (m.code().equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
