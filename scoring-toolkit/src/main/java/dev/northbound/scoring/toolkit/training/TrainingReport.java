package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The training report of one run, the model development document a validator signs:
 * {@code report.json} (bins with counts, bad rates, WoE, IV and points, the selection log,
 * coefficients with standard errors, p-values and VIF, cross-validated AUC of the scorecard and its
 * challengers, the scorecard, provenance) and a readable, printable {@code report.html} with
 * charts. {@link #withTrainingData} adds what needs the rows (VIF, ROC, KS and calibration on the
 * training data); {@link #withSpec} adds the training spec used. The layout of {@code report.json}
 * is documented in {@code docs/report-format.md}, section "Training report". Aggregates only: no
 * row of the data appears. Immutable and thread-safe; the same inputs give the same bytes.
 */
public final class TrainingReport {

  /** The {@code schemaVersion} of the training report layout. */
  public static final int SCHEMA_VERSION = 1;

  private final TrainingResult result;
  private final Scorecard scorecard;
  private final Instant generatedAt;
  private final Map<String, String> data;
  private final long excluded;
  private final Optional<TrainingDiagnostics> diagnostics;
  private final Optional<String> spec;

  private TrainingReport(TrainingResult result, Scorecard scorecard, Instant generatedAt,
      Map<String, String> data, long excluded, Optional<TrainingDiagnostics> diagnostics,
      Optional<String> spec) {
    this.result = result;
    this.scorecard = scorecard;
    this.generatedAt = generatedAt;
    this.data = data;
    this.excluded = excluded;
    this.diagnostics = diagnostics;
    this.spec = spec;
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
        excludedIndeterminate, Optional.empty(), Optional.empty());
  }

  /**
   * This report with the sections that need the training rows: the VIF of every selected
   * characteristic's WoE column, and the ROC curve, KS and calibration of the scorecard on the
   * training data.
   *
   * @param trainingData the data the model was trained on
   * @throws IllegalArgumentException if its fingerprint is not the result's data fingerprint
   * @throws IllegalStateException if a selected WoE column is an exact linear combination of the
   *     others (infinite VIF)
   */
  public TrainingReport withTrainingData(Dataset trainingData) {
    return new TrainingReport(result, scorecard, generatedAt, data, excluded,
        Optional.of(TrainingDiagnostics.of(result, Objects.requireNonNull(trainingData,
            "trainingData"))), spec);
  }

  /**
   * This report with "the spec used": the training spec of the run as JSON text, shown verbatim
   * in the HTML and embedded, parsed, as {@code spec} in {@code report.json}.
   *
   * @param specJson the spec file's text, a JSON object
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public TrainingReport withSpec(String specJson) {
    TrainingReportJson.parseSpec(Objects.requireNonNull(specJson, "specJson"));
    return new TrainingReport(result, scorecard, generatedAt, data, excluded, diagnostics,
        Optional.of(specJson));
  }
  /** The content of {@code report.json}, as nested maps and lists. */
  public Map<String, Object> json() {
    return TrainingReportJson.of(result, scorecard, generatedAt, data, excluded, diagnostics, spec);
  }

  /** The page of {@code report.html}. */
  public HtmlReport html() {
    return TrainingReportHtml.of(result, scorecard, generatedAt, data, diagnostics, spec);
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
