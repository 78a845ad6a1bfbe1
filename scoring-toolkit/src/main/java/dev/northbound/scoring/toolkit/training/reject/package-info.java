/**
 * Reject inference: the training data of a scorecard built from the accepted applicants (with
 * outcomes) and the rejected ones (without), by one of the methods of
 * {@link dev.northbound.scoring.toolkit.training.reject.RejectInferenceMethod}; formulas in
 * {@code docs/reject-inference.md}, "The methods".
 *
 * <p>Nothing in this package's API is null unless marked. Values are immutable and thread-safe.
 */
package dev.northbound.scoring.toolkit.training.reject;
