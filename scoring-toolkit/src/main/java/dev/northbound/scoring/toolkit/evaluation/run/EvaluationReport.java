package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of an evaluation or monitoring run: the {@code report.json} data (layout in {@code
 * docs/evaluation.md}), the {@code report.html} page, and a few headline counts. Immutable and
 * thread-safe once built (the data map is read-only).
 */
public final class EvaluationReport {

  private final Map<String, Object> data;
  private final HtmlReport html;
  private final long scored;
  private final long skipped;

  EvaluationReport(Map<String, Object> data, HtmlReport html, long scored, long skipped) {
    this.data = java.util.Collections.unmodifiableMap(Objects.requireNonNull(data, "data"));
    this.html = Objects.requireNonNull(html, "html");
    this.scored = scored;
    this.skipped = skipped;
  }

  /** The report data, as written to {@code report.json}. */
  public Map<String, Object> data() {
    return data;
  }

  /** The report page. */
  public HtmlReport html() {
    return html;
  }

  /** Rows scored (all samples together for a monitoring run). */
  public long rowsScored() {
    return scored;
  }

  /** Records skipped for errors (all samples together for a monitoring run). */
  public long rowsSkipped() {
    return skipped;
  }

  /** The canonical {@code report.json} bytes. */
  public byte[] json() {
    return ReportWriter.json(data);
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code directory}, a new or empty
   * directory, each file through a temporary file and an atomic rename ({@link ReportWriter}).
   *
   * @param directory the report directory
   * @return the directory
   * @throws dev.northbound.scoring.toolkit.report.ReportDirectoryException if the directory holds
   *     anything, or another run is writing into it
   * @throws IOException if writing fails; each file then holds its previous content or the new one
   */
  public Path write(Path directory) throws IOException {
    return write(directory, ReportWriter.create());
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code directory} with {@code writer}
   * (for example {@code ReportWriter.create().replacingPreviousReport()}).
   *
   * @param directory the report directory
   * @param writer the writer, which decides which directories it accepts
   * @return the directory
   * @throws dev.northbound.scoring.toolkit.report.ReportDirectoryException if the writer refuses the
   *     directory
   * @throws IOException if writing fails; each file then holds its previous content or the new one
   */
  public Path write(Path directory, ReportWriter writer) throws IOException {
    return writer.write(directory, data, html);
  }
}
