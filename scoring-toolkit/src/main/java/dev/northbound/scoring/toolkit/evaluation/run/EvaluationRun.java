package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
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
 * <p>Another engine that scores where the data is (Spark) feeds the same report through {@link
 * #evaluate(Scorecard, String, Iterator, EvaluationSettings, ProgressListener)} with {@link ScoredBatch}es.
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
   * @throws UnusableRowException with fail-fast (the default), for the first record (in line order)
   *     that cannot be scored
   * @throws dev.northbound.scoring.core.InvalidInputException always, if the input as a whole is unusable or the scored rows do not
   *     hold at least one bad and one good
   */
  public static EvaluationReport evaluate(Scorecard model, RowSource source, EvaluationSettings settings,
      ProgressListener progress) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    return report(model, source.description(), StreamingPipeline.run(model, source, settings, progress, false), settings);
  }

  /**
   * Evaluates {@code model} on records already scored elsewhere, for example by Spark executors:
   * merges {@code batches} in the order given (which must be the input's order) and builds the same
   * report as {@link #evaluate(Scorecard, RowSource, EvaluationSettings, ProgressListener)} would on
   * the same records. Only {@code settings.threads()} and {@code settings.batchLines()} are unused.
   *
   * @param model the model the batches were scored with
   * @param description the input's description for the report, as {@link RowSource#description()}
   * @param batches the scored records in input order, each built with {@link
   *     ScoredBatch#builder(Scorecard)} for this model and with line numbers counted from the start of
   *     the input ({@link ScoredBatch#renumbered(long)})
   * @param settings how to evaluate
   * @param progress progress callback, after each batch ({@code bytesRead} and {@code bytesTotal} are
   *     {@code -1})
   * @return the report
   * @throws UnusableRowException with fail-fast (the default), for the first record that cannot be
   *     scored
   * @throws dev.northbound.scoring.core.InvalidInputException always, if the scored rows do not hold at least one bad and one good
   * @throws IllegalArgumentException if a batch has another number of characteristics than the model
   */
  public static EvaluationReport evaluate(Scorecard model, String description, Iterator<ScoredBatch> batches,
      EvaluationSettings settings, ProgressListener progress) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(batches, "batches");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    int characteristics = model.characteristics().size();
    ScoredSample sample = new ScoredSample(characteristics, settings.maxListedErrors());
    while (batches.hasNext()) {
      ScoredBatch batch = batches.next();
      if (batch.bins.length != characteristics) {
        throw new IllegalArgumentException("a batch has " + batch.bins.length + " characteristics, the model "
            + characteristics);
      }
      try {
        sample.merge(batch, settings.failFast());
      } catch (UnusableRowException e) {
        throw e.in(description);
      }
      progress.progress(-1, -1, sample.records);
    }
    return report(model, description, sample, settings);
  }

  private static EvaluationReport report(Scorecard model, String description, ScoredSample sample,
      EvaluationSettings settings) {
    if (sample.size() == 0) {
      throw new dev.northbound.scoring.core.InvalidInputException("/lines",
          "must hold at least one record that can be scored", sample.skipped == 0 ? "no records"
              : sample.skipped + " records, every one skipped (--fail-fast shows the first reason)");
    }
    EvaluationMetrics metrics = new EvaluationMetrics(model, sample, settings);
    Instant at = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> data = EvaluationJson.build(model, description, sample, metrics, settings, at);
    return new EvaluationReport(data, EvaluationHtml.build(model, description, sample, metrics, at), sample.size(),
        sample.skipped);
  }
}
