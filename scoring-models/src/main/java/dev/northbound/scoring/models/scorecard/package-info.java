/**
 * Points scorecards: characteristics with bins and points, scaling from points to odds and
 * probability of default, risk grades and bilingual reason codes ranked by PMML's "pointsBelow"
 * convention.
 *
 * <p>Start from {@link dev.northbound.scoring.models.scorecard.Scorecard#builder}; describe bins
 * with the factories on {@link dev.northbound.scoring.models.scorecard.Bin}. Every model is
 * immutable and thread-safe. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.models.scorecard;
