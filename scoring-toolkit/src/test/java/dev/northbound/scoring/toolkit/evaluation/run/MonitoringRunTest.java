package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.toolkit.evaluation.Stability;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
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
    Path data = EvaluationFixtures.write(dir, "a.jsonl", EvaluationFixtures.generated(400));

    EvaluationReport report = MonitoringRun.monitor(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(data), EvaluationFixtures.source(data), EvaluationFixtures.settings(),
        ProgressListener.NONE);

    // Equal shares in every bin: each term (c - b) ln(c / b) is exactly 0.
    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat(metrics.get("psi")).isEqualTo(0.0);
    assertThat(metrics.get("psiBand")).isEqualTo("STABLE");
    assertThat(((Map<String, Object>) metrics.get("csi")).values()).hasSize(6).containsOnly(0.0);
    assertThat(report.rowsScored()).isEqualTo(800);
    // 400 rows a side over 9 score bins (the deciles of this sample, two merged by ties): noise floor
    // 8 * (1/400 + 1/400) = 0.04, at most 0.05: banded.
    assertThat(((Map<String, Object>) report.data().get("stability")).get("score"))
        .extracting(score -> ((Map<String, Object>) score).get("bins")).asList().hasSize(9);
    assertThat((double) metrics.get("psiNoiseFloor")).isCloseTo(0.04, within(1e-12));
  }

  @Test
  @SuppressWarnings("unchecked")
  void monitor_tooFewRows_insufficientDataInsteadOfStable() throws Exception {
    Path data = EvaluationFixtures.write(dir, "a.jsonl", EvaluationFixtures.generated(300));

    EvaluationReport report = MonitoringRun.monitor(SyntheticEvaluationData.scorecard(),
        EvaluationFixtures.source(data), EvaluationFixtures.source(data), EvaluationFixtures.settings(),
        ProgressListener.NONE);

    // PSI is 0 (the same sample twice), but 300 rows a side over 9 score bins carry a sampling noise
    // floor of 8 * (1/300 + 1/300) = 0.0533 > 0.05: no band, whatever the value.
    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat(metrics.get("psi")).isEqualTo(0.0);
    assertThat(metrics.get("psiBand")).isEqualTo("INSUFFICIENT_DATA");
    assertThat((double) metrics.get("psiNoiseFloor")).isCloseTo(16.0 / 300, within(1e-12));
    Map<String, Object> stability = (Map<String, Object>) report.data().get("stability");
    assertThat(((Map<String, Object>) stability.get("score")).get("band")).isEqualTo("INSUFFICIENT_DATA");
    assertThat((List<String>) report.data().get("notes")).contains("Too few rows for a meaningful PSI: 300 baseline "
        + "and 300 current rows over 9 bins give a PSI of about 0.053 from sampling alone (bands need at most 0.05, "
        + "and at least 5 rows expected in every bin of each sample), so the score PSI is not banded "
        + "(INSUFFICIENT_DATA). With samples of equal size, bands need about 320 rows each.");
    assertThat(report.html().toHtml()).contains("INSUFFICIENT_DATA");
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
    ScoredSample sample = StreamingPipeline.run(SyntheticEvaluationData.scorecard(), source, settings.withThreads(1),
        ProgressListener.NONE, true);
    return sample.rows.scores();
  }
}
