/**
 * Human-readable reports: deterministic SVG charts, a self-contained HTML page and an atomic writer
 * for a report directory holding {@code report.json} and {@code report.html}.
 *
 * <p>The package renders plain data (primitive arrays, strings, maps and records) and knows nothing
 * of how the figures were computed, so any evaluation or monitoring job can feed it. Every chart is
 * a {@link dev.northbound.scoring.toolkit.report.Chart}; a page is built with {@link
 * dev.northbound.scoring.toolkit.report.HtmlReport#builder()} from {@link
 * dev.northbound.scoring.toolkit.report.Section}s and {@link
 * dev.northbound.scoring.toolkit.report.Table}s; {@link
 * dev.northbound.scoring.toolkit.report.ReportWriter} puts the files in place atomically.
 *
 * <p>Output is deterministic: the same data gives the same bytes (numbers are formatted with {@link
 * java.util.Locale#ROOT} and a bounded number of decimals, and nothing depends on the clock unless
 * the caller passes a time). Every piece of text is escaped. The pages load nothing: no scripts,
 * fonts, images or style sheets from anywhere.
 *
 * <p>Nothing in this package's API is null, and every public type is immutable and thread-safe unless
 * it is a builder.
 */
package dev.northbound.scoring.toolkit.report;
