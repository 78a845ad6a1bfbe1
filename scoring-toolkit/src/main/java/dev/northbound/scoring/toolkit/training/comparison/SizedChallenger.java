package dev.northbound.scoring.toolkit.training.comparison;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.Challenger;

/**
 * A model in a comparison that is a points scorecard, and so has a {@linkplain CardSize size} a
 * reader must take in. Implementations are deterministic for a given seed and thread-safe.
 */
public interface SizedChallenger extends Challenger {

  /**
   * The size of the card this model trains on {@code data}.
   *
   * @param data all the rows the comparison's models are trained on
   * @param seed the seed of the training
   */
  CardSize size(Dataset data, long seed);
}
