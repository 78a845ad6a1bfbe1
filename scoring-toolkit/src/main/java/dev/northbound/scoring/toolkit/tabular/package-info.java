/**
 * Tabular model inputs: how the columns of a CSV or ARFF table become a feature schema and the
 * {@code double[]} a scorecard scores, with categorical labels coded by the dictionary stored in the
 * model file ({@link dev.northbound.scoring.toolkit.tabular.TabularInputs}); and the table of
 * standard features of JSON Lines credit files with outcomes
 * ({@link dev.northbound.scoring.toolkit.tabular.CreditFileTable}).
 *
 * <p>Nothing in this package's API is null unless marked. Every type is immutable and thread-safe.
 */
package dev.northbound.scoring.toolkit.tabular;
