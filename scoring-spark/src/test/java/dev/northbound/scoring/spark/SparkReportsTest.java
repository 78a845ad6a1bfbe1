package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.evaluation.run.ProgressListener;
import dev.northbound.scoring.toolkit.evaluation.run.RowDecoder;
import dev.northbound.scoring.toolkit.evaluation.run.RowSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of 200,000 generated feature rows ({@link FeatureRows}, with months and segments)
 * evaluated on Spark equals the local engine's report on the same rows, byte for byte: every
 * metric, the DeLong and bootstrap intervals, PSI and CSI by month, fairness, calibration and the
 * skipped rows.
 */
class SparkReportsTest {

  static final int ROWS = 200_000;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);
  /** The fixtures break rows on purpose, so these settings opt in to skipping them (not the default). */
  static final EvaluationSettings SETTINGS = EvaluationSettings.defaults().withClock(CLOCK).withBootstrap(20, 7L)
      .withFailFast(false);
  static final String DESCRIPTION = "generated feature rows";

  static EvaluationReport spark;
  static EvaluationReport local;

  @BeforeAll
  static void evaluateBoth() throws Exception {
    SparkScoring scoring = SparkScoring.create(SharedSpark.session(), FeatureRows.modelBytes());
    spark = SparkReports.evaluateFeatures(scoring, SparkEquivalenceTest.features(SharedSpark.session(), 0, ROWS),
        "outcome", Optional.of("month"), Optional.of("segment"), DESCRIPTION, SETTINGS);
    local = EvaluationRun.evaluate(FeatureRows.CARD, new IdSource(ROWS), SETTINGS.withThreads(2), ProgressListener.NONE);
  }

  @Test
  void evaluateFeatures_200000Rows_sameReportJsonBytesAsTheLocalEngine() throws Exception {
    assertThat(new String(spark.json(), StandardCharsets.UTF_8)).isEqualTo(new String(local.json(), StandardCharsets.UTF_8));

    JsonNode r = new ObjectMapper().readTree(spark.json());
    // ids 0, 9973, ..., 199460: floor(199999 / 9973) + 1 = 21 rows with an infinite value.
    assertThat(r.at("/rows/skipped").asLong()).isEqualTo(21);
    assertThat(r.at("/rows/skippedListed/1/line").asLong()).isEqualTo(FeatureRows.BROKEN_EVERY + 1);
    assertThat(r.at("/rows/skippedListed/1/pointer").asText()).isEqualTo("/debt_to_income_ratio");
    assertThat(r.at("/rows/skippedByReason/~1debt_to_income_ratio: must be finite, or NaN for missing").asLong())
        .isEqualTo(21);
    assertThat(r.at("/rows/read").asLong()).isEqualTo(ROWS);
    assertThat(spark.rowsScored() + spark.rowsSkipped() + r.at("/rows/excluded/indeterminate").asLong()).isEqualTo(ROWS);
    assertThat(r.at("/stability/byMonth")).hasSize(20); // ids 0..199,999 in months of 10,000 ids
    assertThat(r.at("/fairness/groups")).hasSize(4); // three segments and "(none)"
    assertThat(r.at("/metrics/bootstrap/replicates").asInt()).isEqualTo(20);
    assertThat(r.at("/metrics/aucDeLong/standardError").asDouble()).isPositive();
  }

  @Test
  void evaluateFeatures_200000Rows_sameReportPageAsTheLocalEngine() {
    assertThat(spark.html().toHtml()).isEqualTo(local.html().toHtml());
  }

  /** The same rows on one machine: each record is an id, decoded through the same column reader. */
  static final class IdSource implements RowSource {
    private static final FeatureColumns COLUMNS = FeatureColumns.of(FeatureRows.schema(), FeatureRows.CARD,
        Optional.of("outcome"), Optional.of("month"), Optional.of("segment"));
    private final long rows;

    /** Ids 0 to {@code rows - 1}. */
    IdSource(long rows) {
      this.rows = rows;
    }

    @Override
    public String description() {
      return DESCRIPTION;
    }

    @Override
    public long sizeInBytes() {
      return -1;
    }

    @Override
    public long forEachRecord(LineSplitter.LineConsumer consumer, LongConsumer progress) {
      for (long id = 0; id < rows; id++) {
        byte[] record = Long.toString(id).getBytes(StandardCharsets.US_ASCII);
        consumer.accept(id + 1, record, record.length);
      }
      return rows;
    }

    @Override
    public RowDecoder newDecoder() {
      return (line, record, length, row) -> {
        Row spark = FeatureRows.row(Long.parseLong(new String(record, 0, length, StandardCharsets.US_ASCII)));
        COLUMNS.fill(spark, row);
      };
    }
  }
}
