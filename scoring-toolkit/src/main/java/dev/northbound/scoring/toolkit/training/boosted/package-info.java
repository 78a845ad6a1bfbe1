/**
 * The boosted additive scorecard (an explainable boosting machine in the manner of InterpretML's
 * EBM): cyclic, bagged, early-stopped gradient boosting of one small tree per characteristic at a
 * time on fine bins, optional pairwise interactions chosen by FAST, exact monotone constraints by
 * isotonic regression, and scaling into the library's points {@code Scorecard}. See
 * {@code docs/boosted-scorecard.md}. Nothing in this package is null unless marked.
 */
package dev.northbound.scoring.toolkit.training.boosted;
