package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Opt-in (-Dnorthbound.spark.large=true): 10 million feature rows scored and evaluated on Spark and
 * on one machine, with the metrics compared and both wall-clock times written to
 * target/large-run.txt for docs/benchmarks.md. Not a timing assertion: the times are only recorded.
 */
class LargeRunTest {

  static final int ROWS = 10_000_000;

  @Test
  void evaluate_10MillionRows_equalsSingleMachineAndRecordsTimes() throws IOException {
    assumeTrue(Boolean.getBoolean("northbound.spark.large"), "opt-in: run with -Dnorthbound.spark.large=true");
    long t0 = System.nanoTime();
    SparkScoring scoring = SparkScoring.create(SharedSpark.session(), FeatureRows.modelBytes());
    EvaluationSummary spark = SparkEvaluation.evaluate(
        scoring.scoreFeatures(SparkEquivalenceTest.features(SharedSpark.session(), 0, ROWS)), "outcome");
    long t1 = System.nanoTime();

    double[] scores = new double[ROWS];
    double[] pd = new double[ROWS];
    boolean[] bad = new boolean[ROWS];
    int n = 0;
    ScoreHolder holder = FeatureRows.CARD.newHolder();
    for (long id = 0; id < ROWS; id++) {
      Row row = FeatureRows.row(id);
      String outcome = row.getString(FeatureRows.CARD.characteristics().size() + 1);
      try {
        FeatureRows.CARD.score(FeatureRows.values(id), holder);
      } catch (InvalidInputException e) {
        continue;
      }
      if (!outcome.equals("indeterminate")) {
        scores[n] = holder.points();
        pd[n] = holder.probabilityOfDefault();
        bad[n++] = outcome.equals("bad");
      }
    }
    long t2 = System.nanoTime();
    scores = Arrays.copyOf(scores, n);
    pd = Arrays.copyOf(pd, n);
    bad = Arrays.copyOf(bad, n);
    DiscriminationSummary d = Discrimination.summarize(scores, bad, ScoreOrientation.HIGHER_IS_BETTER);
    double brier = Calibration.brierScore(pd, bad);
    long t3 = System.nanoTime();

    assertThat(spark.rowsScored()).isEqualTo(n);
    assertThat(spark.discrimination().auc()).isCloseTo(d.auc(), within(1e-12));
    assertThat(spark.discrimination().ks().value()).isCloseTo(d.ks().value(), within(1e-12));
    // At 10^7 rows the single-machine Brier score is a naive sum whose rounding error reaches
    // ~1e-12 (bound n·ε ≈ 1.1e-9 relative); both are held against the exact sum of the same terms.
    double exact = exactBrier(pd, bad);
    assertThat(spark.brierScore()).isCloseTo(exact, within(1e-12));
    assertThat(brier).isCloseTo(exact, within(1.2e-9 * exact));
    String line = String.format(Locale.ROOT,
        "rows=%d spark_local2_score_and_evaluate_s=%.1f single_generate_and_score_s=%.1f single_metrics_s=%.1f"
            + " gini=%.6f brier_spark_minus_exact=%.2e brier_single_minus_exact=%.2e%n",
        ROWS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, d.gini(), spark.brierScore() - exact, brier - exact);
    System.out.print(line);
    Files.writeString(Path.of("target", "large-run.txt"), line);
  }

  /**
   * The full report (the local engine's report.json, with 20 bootstrap replicates) on the same 10
   * million rows: Spark local[2] scoring per partition and merging on the driver, then the local engine
   * on two threads; the two reports must be the same bytes. Both times go to target/large-report-run.txt.
   */
  @Test
  void evaluateFeatures_10MillionRows_sameReportAsTheLocalEngineAndRecordsTimes() throws IOException {
    assumeTrue(Boolean.getBoolean("northbound.spark.large"), "opt-in: run with -Dnorthbound.spark.large=true");
    dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings settings = SparkReportsTest.SETTINGS;
    long t0 = System.nanoTime();
    SparkScoring scoring = SparkScoring.create(SharedSpark.session(), FeatureRows.modelBytes());
    byte[] spark = SparkReports.evaluateFeatures(scoring,
        SparkEquivalenceTest.features(SharedSpark.session(), 0, ROWS), "outcome", java.util.Optional.of("month"),
        java.util.Optional.of("segment"), SparkReportsTest.DESCRIPTION, settings).json();
    long t1 = System.nanoTime();
    byte[] local = dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun.evaluate(FeatureRows.CARD,
        new SparkReportsTest.IdSource(ROWS), settings.withThreads(2),
        dev.northbound.scoring.toolkit.evaluation.run.ProgressListener.NONE).json();
    long t2 = System.nanoTime();

    assertThat(new String(spark, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(local, java.nio.charset.StandardCharsets.UTF_8));
    String line = String.format(Locale.ROOT,
        "rows=%d spark_local2_full_report_s=%.1f local_engine_2_threads_full_report_s=%.1f report_bytes=%d%n",
        ROWS, (t1 - t0) / 1e9, (t2 - t1) / 1e9, spark.length);
    System.out.print(line);
    Files.writeString(Path.of("target", "large-report-run.txt"), line);
  }

  /** The mean of the same squared terms, summed exactly in BigDecimal and rounded once. */
  private static double exactBrier(double[] pd, boolean[] bad) {
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (int i = 0; i < pd.length; i++) {
      double d = pd[i] - (bad[i] ? 1 : 0);
      sum = sum.add(new java.math.BigDecimal(d * d));
    }
    return sum.divide(java.math.BigDecimal.valueOf(pd.length), java.math.MathContext.DECIMAL128).doubleValue();
  }
}
