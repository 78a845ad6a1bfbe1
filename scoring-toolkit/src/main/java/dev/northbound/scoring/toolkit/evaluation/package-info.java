/**
 * Evaluation and monitoring metrics for scores and probabilities of default: discrimination (AUC,
 * Gini, KS, CAP and accuracy ratio, ROC points, DeLong and bootstrap intervals), calibration
 * (Brier score, log loss, calibration table, Hosmer–Lemeshow), the business view (gains table,
 * cutoff outcomes), stability (PSI, CSI, PSI month by month) and fairness by group.
 *
 * <p>Inputs are primitive arrays, one element per row: {@code double[] scores}, {@code boolean[]
 * bad} ({@code true} for a bad outcome) and, for calibration, {@code double[] pd}. The entry points
 * ({@link Discrimination}, {@link Bootstrap}, {@link Calibration}, {@link BusinessMetrics}, {@link
 * Stability}, {@link Fairness}) are static and never keep or modify the caller's arrays. Every
 * result is an immutable, thread-safe record holding finite numbers only. Histogram-based results
 * can be built per partition with {@link BandCounts} and merged; {@link EvaluationAccumulator}
 * collects rows one at a time into growable primitive arrays.
 *
 * <p>Bad input (a NaN score, a probability outside [0, 1], no bads or no goods) raises {@link
 * dev.northbound.scoring.core.InvalidInputException} whose JSON Pointer names the array and row
 * ({@code /scores/17}); arrays of different lengths raise {@link IllegalArgumentException} with both
 * sizes. Messages describe values, never echo them. Definitions, conventions and the source of the
 * reference values used in the tests are in {@code docs/metrics.md}.
 *
 * <p>Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.toolkit.evaluation;
