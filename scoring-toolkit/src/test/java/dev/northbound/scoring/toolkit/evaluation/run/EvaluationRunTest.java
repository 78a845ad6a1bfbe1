package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CreditFileLine;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.report.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationRunTest {

  private static final int LINES = 600;
  private static final Scorecard CARD = SyntheticEvaluationData.scorecard();

  @TempDir static Path dir;
  private static Path data;
  private static List<String> lines;

  @BeforeAll
  static void writeData() throws Exception {
    lines = EvaluationFixtures.withDefects(LINES);
    data = EvaluationFixtures.write(dir, "portfolio.jsonl", lines);
  }

  @Test
  @SuppressWarnings("unchecked")
  void evaluate_generatedLines_matchIndependentSequentialScoring() throws Exception {
    EvaluationReport report = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
        EvaluationFixtures.settings(), ProgressListener.NONE);

    // The same rows scored one by one on this thread, straight through reader, extractor and card.
    List<Double> points = new ArrayList<>();
    List<Boolean> outcomes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 4 || i == 8 || i == 11) {
        continue;
      }
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      CreditFileLine line = CreditFileLines.parse(i + 1, bytes, bytes.length);
      CreditFile file = CreditFileReader.standard().readUnverified(line.documentBytes());
      FeatureVector v = StandardFeatures.extractor().extract(file, new ExtractionContext(
          file.application().applicationDate(), EvaluationFixtures.CNY, EvaluationFixtures.RATES));
      points.add(CARD.points(v.toArray()));
      outcomes.add(line.outcome() == PerformanceOutcome.BAD);
    }
    double[] scores = points.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] bad = new boolean[outcomes.size()];
    double[] pd = new double[scores.length];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = outcomes.get(i);
      pd[i] = CARD.probabilityOfDefault(scores[i]);
    }

    Map<String, Object> rows = (Map<String, Object>) report.data().get("rows");
    assertThat(rows.get("read")).isEqualTo((long) LINES);
    assertThat(rows.get("scored")).isEqualTo((long) LINES - 3);
    assertThat(rows.get("skipped")).isEqualTo(2L);
    assertThat(rows.get("excluded")).isEqualTo(Map.of("indeterminate", 1L));
    assertThat(report.rowsScored()).isEqualTo(LINES - 3);
    assertThat(report.rowsSkipped()).isEqualTo(2);
    assertThat((List<Map<String, Object>>) rows.get("skippedListed")).containsExactly(
        Map.of("line", 5L, "pointer", "/lines/5", "rule", "must be well-formed JSON"),
        Map.of("line", 12L, "pointer", "/lines/12/document/application/termMonths",
            "rule", "must be between 1 and 480"));
    assertThat((Map<String, Object>) rows.get("skippedByReason")).containsExactly(
        Map.entry("/: must be well-formed JSON", 1L),
        Map.entry("/document/application/termMonths: must be between 1 and 480", 1L));

    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    ScoreOrientation up = ScoreOrientation.HIGHER_IS_BETTER;
    assertThat((double) metrics.get("auc")).isCloseTo(Discrimination.auc(scores, bad, up), within(1e-12));
    assertThat((double) metrics.get("gini")).isCloseTo(Discrimination.gini(scores, bad, up), within(1e-12));
    assertThat((double) metrics.get("ks")).isCloseTo(Discrimination.ks(scores, bad, up).value(), within(1e-12));
    assertThat((double) metrics.get("brier")).isCloseTo(Calibration.brierScore(pd, bad), within(1e-12));
    assertThat((double) metrics.get("logLoss")).isCloseTo(Calibration.logLoss(pd, bad), within(1e-12));
    assertThat(report.data()).containsKeys("schemaVersion", "generatedAt", "model", "data", "rows", "metrics",
        "calibration", "gains", "cutoffs", "stability", "fairness", "characteristics", "curves", "notes");
    assertThat(report.data().get("generatedAt")).isEqualTo("2026-11-22T09:30:00Z");
  }

  @Test
  void evaluate_sameReportBytesForAnyThreadCountAndBatchSize() throws Exception {
    EvaluationReport one = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
        EvaluationFixtures.settings().withThreads(1).withBatchLines(1000), ProgressListener.NONE);
    EvaluationReport three = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
        EvaluationFixtures.settings().withThreads(3).withBatchLines(7), ProgressListener.NONE);

    assertThat(three.json()).isEqualTo(one.json());
    assertThat(three.html().toHtml()).isEqualTo(one.html().toHtml());
  }

  @Test
  void evaluate_failFast_throwsTheFirstBadLineInLineOrder() {
    assertThatThrownBy(() -> EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
            EvaluationFixtures.settings().withFailFast(true).withThreads(2).withBatchLines(3), ProgressListener.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/5: must be well-formed JSON; found malformed JSON");
  }

  @Test
  void evaluate_defaults_stopAtTheFirstUnusableLineWithItsLine() {
    // Before: the defaults skipped bad lines silently (exit 0, figures on what was left).
    EvaluationSettings defaults = EvaluationSettings.defaults().withClock(EvaluationFixtures.CLOCK).withThreads(2)
        .withBatchLines(3);
    assertThat(defaults.failFast()).isTrue();
    assertThatThrownBy(() -> EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data), defaults,
            ProgressListener.NONE))
        .isInstanceOfSatisfying(UnusableRowException.class, e -> {
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.pointer()).isEqualTo("/lines/5");
          assertThat(e.input()).contains(EvaluationFixtures.source(data).description());
        })
        .hasMessage("/lines/5: must be well-formed JSON; found malformed JSON");
  }

  @Test
  void write_putsBothFilesInTheReportDirectory() throws Exception {
    EvaluationReport report = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
        EvaluationFixtures.settings(), ProgressListener.NONE);
    Path written = report.write(dir.resolve("report"));

    try (var files = Files.list(written)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(ReportWriter.HTML_FILE, ReportWriter.JSON_FILE);
    }
    assertThat(Files.readAllBytes(written.resolve(ReportWriter.JSON_FILE))).isEqualTo(report.json());
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".report."));
    }
  }
}
