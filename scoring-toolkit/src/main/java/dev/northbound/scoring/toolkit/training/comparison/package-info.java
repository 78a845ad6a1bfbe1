/**
 * Comparing models on held-out rows: the WoE scorecard, the boosted scorecard and challengers on
 * the same folds, with AUC, KS, Brier score and each card's size ({@link
 * dev.northbound.scoring.toolkit.training.comparison.ModelComparison}).
 */
package dev.northbound.scoring.toolkit.training.comparison;
