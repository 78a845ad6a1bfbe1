/**
 * Scorecard training: optimal binning with Weight of Evidence ({@link
 * dev.northbound.scoring.toolkit.training.Binner}), characteristic selection, L2-penalised logistic
 * regression, scaling to points ({@link dev.northbound.scoring.toolkit.training.ScorecardDraft}),
 * stratified cross-validation with Tribuo challengers ({@link
 * dev.northbound.scoring.toolkit.training.ScorecardTrainer}).
 *
 * <p>Sign convention used throughout: {@code WoE = ln(%good / %bad)}, positive for lower risk;
 * {@code IV = sum (%good - %bad) * WoE}. The logistic model is fitted on the log-odds of bad.
 *
 * <p>Nothing in this package's API is null unless marked. Results are immutable and thread-safe.
 */
package dev.northbound.scoring.toolkit.training;
