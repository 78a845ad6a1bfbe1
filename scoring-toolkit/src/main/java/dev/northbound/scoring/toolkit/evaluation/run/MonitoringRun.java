package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.MonthlyStability;
import dev.northbound.scoring.toolkit.evaluation.Stability;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stability view between a baseline sample (typically the development sample) and a current
 * one: the PSI of the score over the baseline's deciles, the CSI of every characteristic over its
 * scorecard bins, their bands, and the current sample's PSI month by month. Outcomes are not used:
 * indeterminate records are scored like the others. Both samples stream as in {@link
 * EvaluationRun}. Stateless and thread-safe.
 */
public final class MonitoringRun {

  private MonitoringRun() {}

  /**
   * Compares {@code current} with {@code baseline} under {@code model}.
   *
   * @param model the model
   * @param baseline the baseline rows
   * @param current the current rows
   * @param settings how to run
   * @param progress progress callback, on the calling thread (the baseline first, then the current)
   * @return the report
   * @throws IOException if an input cannot be read
   * @throws dev.northbound.scoring.core.InvalidInputException with fail-fast, for the first bad
   *     record; always, if an input is unusable or has no scored row
   */
  public static EvaluationReport monitor(Scorecard model, RowSource baseline, RowSource current,
      EvaluationSettings settings, ProgressListener progress) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(progress, "progress");
    ScoredSample base = StreamingPipeline.run(model, Objects.requireNonNull(baseline, "baseline"), settings, progress, true);
    ScoredSample now = StreamingPipeline.run(model, Objects.requireNonNull(current, "current"), settings, progress, true);
    double[] baseScores = base.rows.scores();
    double[] nowScores = now.rows.scores();
    StabilityIndex psi = Stability.psi(baseScores, nowScores);
    Map<String, StabilityIndex> csi = new LinkedHashMap<>();
    for (int c = 0; c < model.characteristics().size(); c++) {
      csi.put(model.characteristics().get(c).name(), Stability.csi(base.bins(c), now.bins(c)));
    }
    int[] months = now.months();
    List<MonthlyStability> byMonth = months.length == 0 ? List.of() : EvaluationMetrics.monthly(baseScores, months, nowScores);
    Instant at = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    MonitoringResult result = new MonitoringResult(model, baseline, current, base, now, psi, csi, byMonth, at);
    return new EvaluationReport(MonitoringPages.json(result), MonitoringPages.html(result),
        base.size() + (long) now.size(), base.skipped + now.skipped);
  }

  /** Everything a monitoring report shows. */
  record MonitoringResult(Scorecard model, RowSource baseline, RowSource current, ScoredSample base,
      ScoredSample now, StabilityIndex psi, Map<String, StabilityIndex> csi, List<MonthlyStability> byMonth,
      Instant generatedAt) {}
}
