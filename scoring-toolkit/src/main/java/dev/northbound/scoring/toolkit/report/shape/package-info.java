/**
 * The shape of a points scorecard: for every characteristic, how the rows of a labelled data set
 * fall into its bins (rows, share, bads, bad rate) beside the points each bin earns, as a chart and
 * a table per characteristic (a heat map for an interaction of two features) and as JSON.
 *
 * <p>{@link dev.northbound.scoring.toolkit.report.shape.ShapeTable#count} assigns each row to its bin
 * through the scorecard's own scoring ({@code Scorecard.score(double[], ScoreHolder)}), so the
 * counts are exactly the bins the scorecard uses; {@link
 * dev.northbound.scoring.toolkit.report.shape.ShapeSection} renders the counts as report sections,
 * a standalone page and JSON. Any scorecard works, whether weights of evidence or boosting made it.
 * Only aggregate counts leave this package: no row, value or identifier.
 *
 * <p>Nothing in this package's API is null; every public type is immutable and thread-safe.
 */
package dev.northbound.scoring.toolkit.report.shape;
