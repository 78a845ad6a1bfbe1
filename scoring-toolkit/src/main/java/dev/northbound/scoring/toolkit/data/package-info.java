/**
 * Column-wise training and evaluation data: a {@link dev.northbound.scoring.toolkit.data.Dataset}
 * of named numeric and categorical columns with a binary target, and strict readers for CSV
 * ({@link dev.northbound.scoring.toolkit.data.CsvReader}) and ARFF
 * ({@link dev.northbound.scoring.toolkit.data.ArffReader}).
 *
 * <p>Nothing in this package's API is null unless marked. All values are immutable and
 * thread-safe. Reader errors are {@link dev.northbound.scoring.core.InvalidInputException}s whose
 * pointer names the line and column ({@code /lines/12/duration}) and whose message never echoes the
 * offending value.
 */
package dev.northbound.scoring.toolkit.data;
