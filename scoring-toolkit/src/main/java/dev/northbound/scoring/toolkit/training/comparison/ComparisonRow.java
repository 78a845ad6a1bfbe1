package dev.northbound.scoring.toolkit.training.comparison;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's held-out figures in a {@link Comparison}.
 *
 * @param model the model's code, for example {@code "woe"} or {@code "xgboost"}
 * @param foldAuc the AUC on each held-out fold, in fold order (one for a hold-out comparison)
 * @param ks the Kolmogorov-Smirnov statistic of all held-out predictions pooled
 * @param brier the Brier score of all held-out probabilities of bad pooled
 * @param size the card's size, for a scorecard
 */
public record ComparisonRow(String model, List<Double> foldAuc, double ks, double brier, Optional<CardSize> size) {

  /** Validates and copies. */
  public ComparisonRow {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(size, "size");
    foldAuc = List.copyOf(foldAuc);
    if (foldAuc.isEmpty()) {
      throw new IllegalArgumentException("at least one fold is needed");
    }
  }

  /** The mean AUC over the folds: the figure the training summary prints as "CV AUC". */
  public double auc() {
    return foldAuc.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
