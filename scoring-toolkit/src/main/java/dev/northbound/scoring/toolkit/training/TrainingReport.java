package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The training report of one run: {@code report.json} (bins, WoE, IV, coefficients with standard
 * errors and p-values, selection, cross-validated AUC of the scorecard and its challengers, the
 * scorecard) and a readable {@code report.html} with charts. The layout of {@code report.json} is
 * documented in {@code docs/report-format.md}, section "Training report". Aggregates only: no row
 * of the data appears. Immutable and thread-safe; the same inputs give the same bytes.
 */
public final class TrainingReport {

  /** The {@code schemaVersion} of the training report layout. */
  public static final int SCHEMA_VERSION = 1;

  private final TrainingResult result;
  private final Scorecard scorecard;
  private final Instant generatedAt;
  private final Map<String, String> data;
  private final long excluded;

  private TrainingReport(TrainingResult result, Scorecard scorecard, Instant generatedAt,
      Map<String, String> data, long excluded) {
    this.result = result;
    this.scorecard = scorecard;
    this.generatedAt = generatedAt;
    this.data = data;
    this.excluded = excluded;
  }

  /**
   * A report.
   *
   * @param result the training result
   * @param scorecard the scorecard assembled from it
   * @param generatedAt the report time (the model's training time, for reproducible output)
   * @param data what the data was, for example {@code file}, {@code format}, {@code target},
   *     {@code badValue} (no personal data)
   * @param excludedIndeterminate rows left out as indeterminate (0 for a table)
   */
  public static TrainingReport of(TrainingResult result, Scorecard scorecard,
      Instant generatedAt, Map<String, String> data, long excludedIndeterminate) {
    if (excludedIndeterminate < 0) {
      throw new IllegalArgumentException("excludedIndeterminate must not be negative");
    }
    return new TrainingReport(Objects.requireNonNull(result, "result"),
        Objects.requireNonNull(scorecard, "scorecard"),
        Objects.requireNonNull(generatedAt, "generatedAt"), new TreeMap<>(data),
        excludedIndeterminate);
  }

  /** The content of {@code report.json}, as nested maps and lists. */
  public Map<String, Object> json() {
    return TrainingReportJson.of(result, scorecard, generatedAt, data, excluded);
  }

  /** The page of {@code report.html}. */
  public HtmlReport html() {
    return TrainingReportHtml.of(result, scorecard, generatedAt, data);
  }

  /**
   * Writes {@code report.json} and {@code report.html} into {@code directory} atomically
   * ({@link ReportWriter}).
   *
   * @throws IOException if writing fails; a previous report is then left in place
   */
  public Path write(Path directory) throws IOException {
    return ReportWriter.create().write(directory, json(), html());
  }
}
