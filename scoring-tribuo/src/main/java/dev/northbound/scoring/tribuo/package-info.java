/**
 * An adapter that serves any trained Tribuo classifier that generates probabilities (logistic
 * regression, XGBoost, CART) as a {@link dev.northbound.scoring.core.model.ScoringModel}, with
 * points, grades and reference-value reason codes. Nothing in this package's API is null unless
 * marked; the adapter is immutable and thread-safe.
 */
package dev.northbound.scoring.tribuo;
