/**
 * Evaluation and monitoring runs at the scale of a bank's history: stream a dataset, score every
 * row with a model on both cores, compute every metric of {@code models.evaluation} and write
 * {@code report.json} and {@code report.html} atomically.
 *
 * <p>Entry points: {@link dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun} and {@link
 * dev.northbound.scoring.toolkit.evaluation.run.MonitoringRun}. Input comes through the {@link
 * dev.northbound.scoring.toolkit.evaluation.run.RowSource} seam: {@link
 * dev.northbound.scoring.toolkit.evaluation.run.RowSources} reads JSON Lines of credit files and CSV
 * files of standard features; other tabular inputs plug in by implementing the interface. The
 * report layout is documented in {@code docs/evaluation.md}.
 *
 * <p>Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.toolkit.evaluation.run;
