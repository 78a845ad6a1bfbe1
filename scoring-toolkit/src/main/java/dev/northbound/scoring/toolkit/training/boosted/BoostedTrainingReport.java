package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import dev.northbound.scoring.toolkit.training.TrainingReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The training report of a boosted additive scorecard, the model development document a validator
 * signs: {@code report.json} (the boosting settings, the rounds each bag kept, training and
 * cross-validated AUC of the card beside its challengers, the chosen interactions with their FAST
 * gains, every characteristic of the card with its importance, the scorecard, provenance) and a
 * readable, printable {@code report.html} with charts. {@link #withTrainingData} adds what needs the
 * rows (the held-out ROC, KS and calibration of the out-of-fold points, each characteristic's shape
 * as a chart and a table, interactions as heat maps, and the protected groups); without it those
 * sections are left out with a note. {@link #withSpec} adds the training spec used. The layout of
 * {@code report.json} is documented in {@code docs/report-format.md}, section "Boosted training
 * report". Aggregates only: no row of the data appears. Immutable and thread-safe; the same inputs
 * give the same bytes.
 */
public final class BoostedTrainingReport {

  /** The {@code schemaVersion} of the boosted training report layout. */
  public static final int SCHEMA_VERSION = 1;

  private final BoostedTrainingReportContent content;

  private BoostedTrainingReport(BoostedTrainingReportContent content) {
    this.content = content;
  }

  /**
   * A report.
   *
   * @param result the training result
   * @param scorecard the scorecard written to the model file (the result's, perhaps re-identified)
   * @param generatedAt the report time (the model's training time, for reproducible output)
   * @param dataInfo what the data was, for example {@code file}, {@code format}, {@code target},
   *     {@code badValue} (no personal data)
   * @param indeterminate rows left out as indeterminate (0 for a table)
   * @throws IllegalArgumentException if {@code indeterminate} is negative, or a characteristic of
   *     the scorecard is neither a shape nor an interaction of the result
   */
  public static BoostedTrainingReport of(BoostedTrainingResult result, Scorecard scorecard,
      Instant generatedAt, Map<String, String> dataInfo, long indeterminate) {
    if (indeterminate < 0) {
      throw new IllegalArgumentException("indeterminate must not be negative; found " + indeterminate);
    }
    BoostedReportTerms.of(Objects.requireNonNull(result, "result"),
        Objects.requireNonNull(scorecard, "scorecard"));
    return new BoostedTrainingReport(new BoostedTrainingReportContent(result, scorecard,
        Objects.requireNonNull(generatedAt, "generatedAt"), new TreeMap<>(dataInfo), indeterminate,
        Optional.empty(), Optional.empty()));
  }

  /**
   * This report with the sections that need the training rows: the held-out ROC, KS and
   * calibration of the out-of-fold points, the shape of every characteristic of the scorecard
   * counted on the rows, and the groups of the spec's protected attributes.
   *
   * @param trainingData the data the card was trained on, with feature-named columns
   * @throws IllegalArgumentException if its fingerprint is not the result's data fingerprint
   * @throws dev.northbound.scoring.core.InvalidInputException if a feature of the scorecard is not a
   *     column of the data
   */
  public BoostedTrainingReport withTrainingData(Dataset trainingData) {
    BoostedTrainingReportContent c = content;
    return new BoostedTrainingReport(new BoostedTrainingReportContent(c.result(), c.scorecard(),
        c.generatedAt(), c.data(), c.indeterminate(),
        Optional.of(BoostedTrainingReportRows.of(c.result(), c.scorecard(),
            Objects.requireNonNull(trainingData, "trainingData"))), c.spec()));
  }

  /**
   * This report with "the spec used": the training spec of the run as JSON text, shown verbatim in
   * the HTML and embedded, parsed, as {@code spec} in {@code report.json}.
   *
   * @param specJson the spec file's text, a JSON object
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public BoostedTrainingReport withSpec(String specJson) {
    TrainingReportJson.parseSpec(Objects.requireNonNull(specJson, "specJson"));
    BoostedTrainingReportContent c = content;
    return new BoostedTrainingReport(new BoostedTrainingReportContent(c.result(), c.scorecard(),
        c.generatedAt(), c.data(), c.indeterminate(), c.rows(), Optional.of(specJson)));
  }

  /** The content of {@code report.json}, as nested maps and lists. */
  public Map<String, Object> json() {
    return BoostedTrainingReportJson.of(content);
  }

  /** The page of {@code report.html}. */
  public HtmlReport html() {
    return BoostedTrainingReportHtml.of(content);
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
