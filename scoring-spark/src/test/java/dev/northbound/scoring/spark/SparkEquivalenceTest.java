package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.toolkit.evaluation.BusinessMetrics;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.DiscriminationSummary;
import dev.northbound.scoring.toolkit.evaluation.GainsRow;
import dev.northbound.scoring.toolkit.evaluation.GainsTable;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.evaluation.Stability;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark against the single-machine library on 200,000 generated rows of feature columns
 * ({@link FeatureRows}): the same scores row for row, the same metrics to 1e-12, and every bad row
 * counted and reported.
 */
class SparkEquivalenceTest {

  static final int ROWS = 200_000;
  static final double TOLERANCE = 1e-12;

  static Dataset<Row> scored;
  static List<Row> collected;
  static SparkScoring scoring;

  @BeforeAll
  static void score() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> input = features(spark, 0, ROWS);
    scoring = SparkScoring.create(spark, FeatureRows.modelBytes());
    scored = scoring.scoreFeatures(input).cache();
    collected = scored.select("id", SparkScoring.SCORE, SparkScoring.PD, SparkScoring.GRADE, SparkScoring.REASON_CODES,
        SparkScoring.DECISION, SparkScoring.ERROR, "outcome").collectAsList();
  }

  @AfterAll
  static void release() {
    scored.unpersist();
  }

  static Dataset<Row> features(SparkSession spark, long from, long to) {
    MapPartitionsFunction<Long, Row> rows = ids -> new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return ids.hasNext();
      }

      @Override
      public Row next() {
        return FeatureRows.row(ids.next());
      }
    };
    return spark.range(from, to, 1, 4).mapPartitions(rows, Encoders.row(FeatureRows.schema()));
  }

  @Test
  void scoreFeatures_200000Rows_equalsSingleMachineRowForRow() {
    assertThat(collected).hasSize(ROWS);
    ScoreHolder holder = FeatureRows.CARD.newHolder();
    int errors = 0;
    for (Row r : collected) {
      long id = r.getLong(0);
      double[] values = FeatureRows.values(id);
      try {
        FeatureRows.CARD.score(values, holder);
      } catch (InvalidInputException e) {
        errors++;
        assertThat(r.isNullAt(1)).as("score of bad row %s", id).isTrue();
        Row err = r.getStruct(6);
        assertThat(List.of(err.getString(0), err.getString(1), err.getString(2)))
            .containsExactly(e.pointer(), e.rule(), e.found());
        continue;
      }
      assertThat(r.isNullAt(6)).as("error of row %s", id).isTrue();
      assertThat(r.getDouble(1)).as("score of row %s", id).isEqualTo(holder.points());
      assertThat(r.getDouble(2)).as("pd of row %s", id).isEqualTo(holder.probabilityOfDefault());
      assertThat(r.getString(3)).isEqualTo(FeatureRows.CARD.grades().get(holder.grade()));
      List<String> reasons = new ArrayList<>();
      for (int k = 0; k < holder.reasonCount(); k++) {
        reasons.add(FeatureRows.CARD.characteristics().get(holder.reasonCharacteristic(k)).reasonCode());
      }
      assertThat(r.<String>getList(4)).as("reasons of row %s", id).isEqualTo(reasons);
      assertThat(r.isNullAt(5)).isTrue(); // no decision without a credit file
    }
    // ids 0, 9973, ..., 199460: floor(199999 / 9973) + 1 = 21 bad rows.
    assertThat(errors).isEqualTo(21);
  }

  @Test
  void scoreFeatures_infiniteValue_errorColumnNamesPointerAndRule() {
    Row bad = collected.stream().filter(r -> r.getLong(0) == FeatureRows.BROKEN_EVERY).findFirst().orElseThrow();
    Row err = bad.getStruct(6);
    assertThat(List.of(err.getString(0), err.getString(1), err.getString(2))).containsExactly(
        "/debt_to_income_ratio", "must be finite, or NaN for missing", "an infinite number");
  }

  @Test
  void evaluate_200000Rows_equalsSingleMachineMetrics() {
    EvaluationSummary s = SparkEvaluation.evaluate(scored, "outcome");
    Reference ref = Reference.of(collected);
    assertThat(s.rowsSkipped()).isEqualTo(21);
    assertThat(s.rowsIndeterminate()).isEqualTo(ref.indeterminate);
    assertThat(s.rowsScored()).isEqualTo(ref.scores.length);
    assertThat(s.rowsScored() + s.rowsSkipped() + s.rowsIndeterminate()).isEqualTo(ROWS);

    ScoreOrientation o = ScoreOrientation.HIGHER_IS_BETTER;
    DiscriminationSummary d = Discrimination.summarize(ref.scores, ref.bad, o);
    // The rank metrics are the single-machine code run on the merged counts: equal, not close.
    assertThat(s.discrimination()).isEqualTo(d);
    assertThat(s.brierScore()).isCloseTo(Calibration.brierScore(ref.pd, ref.bad), within(TOLERANCE));
    assertThat(s.logLoss()).isCloseTo(Calibration.logLoss(ref.pd, ref.bad), within(TOLERANCE));

    ScoreBands deciles = ScoreBands.quantiles(ref.scores, 10);
    assertThat(s.deciles()).isEqualTo(deciles);
    GainsTable gains = BusinessMetrics.gains(ref.scores, ref.bad, o, deciles);
    assertThat(s.gains().rows()).hasSameSizeAs(gains.rows());
    for (int i = 0; i < gains.rows().size(); i++) {
      GainsRow a = s.gains().rows().get(i);
      GainsRow b = gains.rows().get(i);
      assertThat(List.of(a.range(), a.rows(), a.bads())).isEqualTo(List.of(b.range(), b.rows(), b.bads()));
      assertThat(a.cumulativeBadRate()).isCloseTo(b.cumulativeBadRate(), within(TOLERANCE));
      assertThat(a.lift()).isCloseTo(b.lift(), within(TOLERANCE));
    }
    List<CalibrationRow> cal = Calibration.table(ref.scores, ref.bad, ref.pd, deciles);
    assertThat(s.calibration()).hasSameSizeAs(cal);
    for (int i = 0; i < cal.size(); i++) {
      CalibrationRow a = s.calibration().get(i);
      CalibrationRow b = cal.get(i);
      assertThat(List.of(a.range(), a.rows(), a.bads())).isEqualTo(List.of(b.range(), b.rows(), b.bads()));
      // A PD sum over ~20,000 rows in another order: equal up to summation rounding (relative 1e-12).
      assertThat(a.expectedBads()).isCloseTo(b.expectedBads(), within(TOLERANCE * b.expectedBads()));
      assertThat(a.meanPd()).isCloseTo(b.meanPd(), within(TOLERANCE));
    }
  }

  @Test
  void psi_firstHalfAgainstSecondHalf_equalsSingleMachine() {
    Dataset<Row> first = scored.where("id < 100000");
    Dataset<Row> second = scored.where("id >= 100000");
    StabilityIndex spark = SparkEvaluation.psi(first, second);
    double[] a = Reference.scores(collected, 0, 100_000);
    double[] b = Reference.scores(collected, 100_000, ROWS);
    StabilityIndex local = Stability.psi(a, b);
    assertThat(spark.value()).isCloseTo(local.value(), within(TOLERANCE));
    assertThat(spark.band()).isEqualTo(local.band());
    assertThat(spark.bins()).hasSameSizeAs(local.bins());
  }

  @Test
  void evaluate_unknownOutcome_failsWithPointerAndRule() {
    Dataset<Row> relabelled = scored.limit(10).withColumn("outcome", org.apache.spark.sql.functions.lit("late"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SparkEvaluation.evaluate(relabelled, "outcome"));
    assertThat(e.getMessage()).isEqualTo(
        "/outcome: must be good, bad or indeterminate, true or false, or 1 or 0; found another value");
  }

  /** The single-machine view of the collected rows: scored, labelled rows in id order. */
  static final class Reference {
    double[] scores;
    boolean[] bad;
    double[] pd;
    long indeterminate;

    static Reference of(List<Row> rows) {
      Reference r = new Reference();
      r.scores = new double[rows.size()];
      r.bad = new boolean[rows.size()];
      r.pd = new double[rows.size()];
      int n = 0;
      for (Row row : rows) {
        if (!row.isNullAt(6)) {
          continue;
        }
        String outcome = row.getString(7);
        if (outcome.equals("indeterminate")) {
          r.indeterminate++;
          continue;
        }
        r.scores[n] = row.getDouble(1);
        r.pd[n] = row.getDouble(2);
        r.bad[n] = outcome.equals("bad");
        n++;
      }
      r.scores = Arrays.copyOf(r.scores, n);
      r.bad = Arrays.copyOf(r.bad, n);
      r.pd = Arrays.copyOf(r.pd, n);
      return r;
    }

    /** The scores of rows with ids in [from, to) that scored, any outcome. */
    static double[] scores(List<Row> rows, long from, long to) {
      return rows.stream().filter(r -> r.getLong(0) >= from && r.getLong(0) < to && r.isNullAt(6))
          .mapToDouble(r -> r.getDouble(1)).toArray();
    }
  }
}
