package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * Cross-validated AUC of one model: the AUC on each held-out fold, in fold order.
 *
 * @param model the model's name, for example {@code "scorecard"} or {@code "xgboost"}
 * @param folds the AUC of each fold
 */
public record CvAuc(String model, List<Double> folds) {

  /** Validates and copies. */
  public CvAuc {
    Objects.requireNonNull(model, "model");
    folds = List.copyOf(folds);
    if (folds.isEmpty()) {
      throw new IllegalArgumentException("at least one fold is needed");
    }
  }

  /** The mean AUC over the folds. */
  public double mean() {
    return folds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
