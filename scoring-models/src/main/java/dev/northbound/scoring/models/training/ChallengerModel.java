package dev.northbound.scoring.models.training;

import java.util.Locale;
import java.util.Optional;

/** A Tribuo challenger that {@link ScorecardTrainer} can cross-validate beside the scorecard. */
public enum ChallengerModel {
  /** Gradient-boosted trees: 100 trees of depth 3, eta 0.1, subsample 0.8, one thread. */
  XGBOOST,
  /** One CART tree of depth 5. */
  CART;

  /** The lower-case name used in results and reports, for example {@code "xgboost"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The challenger with the given {@linkplain #code() code}, if there is one. */
  public static Optional<ChallengerModel> parse(String code) {
    for (ChallengerModel m : values()) {
      if (m.code().equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
