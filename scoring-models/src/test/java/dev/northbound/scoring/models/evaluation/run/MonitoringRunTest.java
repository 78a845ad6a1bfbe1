package dev.northbound.scoring.models.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.models.evaluation.Stability;
import dev.northbound.scoring.models.evaluation.StabilityIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringRunTest {

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void monitor_sameSampleTwice_everyIndexIsZero() throws Exception {
    Path data = EvaluationFixtures.write(dir, "a.jsonl", EvaluationFixtures.generated(300));

    EvaluationReport report = MonitoringRun.monitor(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(data), EvaluationFixtures.source(data), EvaluationFixtures.settings(),
        ProgressListener.NONE);

    // Equal shares in every bin: each term (c - b) ln(c / b) is exactly 0.
    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat(metrics.get("psi")).isEqualTo(0.0);
    assertThat(metrics.get("psiBand")).isEqualTo("STABLE");
    assertThat(((Map<String, Object>) metrics.get("csi")).values()).hasSize(6).containsOnly(0.0);
    assertThat(report.rowsScored()).isEqualTo(600);
  }

  @Test
  @SuppressWarnings("unchecked")
  void monitor_matchesStabilityOnTheEvaluatedScores() throws Exception {
    List<String> lines = EvaluationFixtures.generated(500);
    Path baseline = EvaluationFixtures.write(dir, "baseline.jsonl", lines.subList(0, 250));
    Path current = EvaluationFixtures.write(dir, "current.jsonl", lines.subList(250, 500));
    EvaluationSettings settings = EvaluationFixtures.settings();

    EvaluationReport report = MonitoringRun.monitor(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(baseline), EvaluationFixtures.source(current), settings, ProgressListener.NONE);
    // Independent path: the scores of each sample from its own evaluation's calibration-free data.
    double[] base = scores(EvaluationFixtures.source(baseline), settings);
    double[] now = scores(EvaluationFixtures.source(current), settings);
    StabilityIndex expected = Stability.psi(base, now);

    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat((double) metrics.get("psi")).isCloseTo(expected.value(), within(1e-12));
    Map<String, Object> stability = (Map<String, Object>) report.data().get("stability");
    assertThat((List<Object>) stability.get("byMonth")).isNotEmpty();
    Map<String, Object> characteristics = (Map<String, Object>) stability.get("characteristics");
    assertThat(characteristics.keySet()).containsExactly("worst_status_12m", "debt_to_income_ratio",
        "revolving_utilisation", "hard_enquiries_6m", "verified_monthly_income", "alternative_source_count");
  }

  private static double[] scores(RowSource source, EvaluationSettings settings) throws Exception {
    ScoredSample sample = Pipeline.run(SyntheticEvaluationData.scorecard(), source, settings.withThreads(1),
        ProgressListener.NONE, true);
    return sample.rows.scores();
  }
}
