package dev.northbound.scoring.models.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Scores and evaluates a whole dataset with a scorecard, streaming: the input is read once on the
 * calling thread and scored by {@code settings.threads()} workers, and only the metrics' primitive
 * arrays (points, PD, outcome, month, segment and bin codes: about 30 bytes a row) are kept. The
 * report is the same for any number of threads.
 *
 * <pre>{@code
 * Scorecard card = ScorecardFiles.read(modelFile, StandardFeatures.extractor().schema());
 * RowSource rows = RowSources.creditFileLines(data, StandardFeatures.extractor(), CNY, rates, true);
 * EvaluationRun.evaluate(card, rows, EvaluationSettings.defaults(), ProgressListener.NONE).write(reportDir);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationRun {

  private EvaluationRun() {}

  /**
   * Evaluates {@code model} on every row of {@code source}.
   *
   * @param model the model
   * @param source the rows
   * @param settings how to run
   * @param progress progress callback, on the calling thread
   * @return the report
   * @throws IOException if the input cannot be read
   * @throws dev.northbound.scoring.core.InvalidInputException with fail-fast, for the first bad
   *     record (in line order); always, if the input as a whole is unusable or the scored rows do not
   *     hold at least one bad and one good
   */
  public static EvaluationReport evaluate(Scorecard model, RowSource source, EvaluationSettings settings,
      ProgressListener progress) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    ScoredSample sample = Pipeline.run(model, source, settings, progress, false);
    EvaluationMetrics metrics = new EvaluationMetrics(model, sample, settings);
    Instant at = settings.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Map<String, Object> data = EvaluationJson.build(model, source, sample, metrics, settings, at);
    return new EvaluationReport(data, EvaluationHtml.build(model, source, sample, metrics, at), sample.size(),
        sample.skipped);
  }
}
