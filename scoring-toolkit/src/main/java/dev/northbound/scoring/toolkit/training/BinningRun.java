package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ScorecardTrainer#bin}: binning alone, for review before a model is fitted.
 *
 * @param binnings the binning of every characteristic but the protected attributes, in column order
 * @param usedSpec the spec with every characteristic's bins made explicit (see
 *     {@link TrainingResult#usedSpec()})
 */
public record BinningRun(List<BinningResult> binnings, TrainingSpec usedSpec) {

  /** Validates and copies. */
  public BinningRun {
    binnings = List.copyOf(binnings);
    Objects.requireNonNull(usedSpec, "usedSpec");
  }
}
