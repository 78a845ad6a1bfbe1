package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.evaluation.BandCounts;
import dev.northbound.scoring.toolkit.evaluation.BusinessMetrics;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.evaluation.Stability;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.util.Objects;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Evaluation metrics of scored Datasets ({@link SparkScoring}) at scale. Each partition builds an
 * exact table of its distinct scores with their bad and good counts (and PD sums); the tables are
 * merged on the driver by a linear merge of sorted runs, and every metric is computed from the
 * merged table with the single-machine definitions, so the results equal {@code models.evaluation}
 * on the same rows: rank metrics exactly, PD sums up to summation order. Driver memory grows with
 * the number of distinct scores (a scorecard has at most a few thousand), not with the rows.
 *
 * <p>Stateless and thread-safe. Each call runs one Spark job per Dataset.
 */
public final class SparkEvaluation {

  /** Deciles, as the single-machine reports use. */
  public static final int BANDS = 10;

  private SparkEvaluation() {}

  /**
   * Evaluates scorecard points ({@link ScoreOrientation#HIGHER_IS_BETTER}) against outcomes.
   *
   * @param scored the output of {@link SparkScoring}
   * @param outcomeColumn the outcome: text {@code good}/{@code bad}/{@code indeterminate}, boolean
   *     ({@code true} = bad) or 0/1; null counts as indeterminate
   * @return the metrics
   * @throws InvalidInputException if an outcome has another value, or the scored rows do not hold at
   *     least one bad and one good
   */
  public static EvaluationSummary evaluate(Dataset<Row> scored, String outcomeColumn) {
    return evaluate(scored, outcomeColumn, ScoreOrientation.HIGHER_IS_BETTER);
  }

  /**
   * Evaluates the {@value SparkScoring#SCORE} column against outcomes, in the given orientation.
   *
   * @param scored the output of {@link SparkScoring}
   * @param outcomeColumn as {@link #evaluate(Dataset, String)}
   * @param orientation which way the score points
   * @return the metrics
   * @throws InvalidInputException as {@link #evaluate(Dataset, String)}
   */
  public static EvaluationSummary evaluate(Dataset<Row> scored, String outcomeColumn, ScoreOrientation orientation) {
    Objects.requireNonNull(orientation, "orientation");
    Tally tally = tally(scored, Objects.requireNonNull(outcomeColumn, "outcomeColumn"));
    GroupMetrics m = new GroupMetrics(tally.groups(), orientation);
    ScoreBands deciles = GroupMetrics.quantiles(tally.groups(), BANDS);
    BandCounts counts = GroupMetrics.bandCounts(tally.groups(), deciles, true);
    return new EvaluationSummary(tally.groups().rows(), tally.skipped(), tally.unlabelled(), m.discrimination(),
        m.brierScore(), m.logLoss(), deciles, BusinessMetrics.gains(counts, orientation), Calibration.table(counts));
  }

  /**
   * The population stability index of the current scores against the baseline's deciles, equal to
   * {@code Stability.psi(baselineScores, currentScores)}. Rows that failed scoring are left out.
   *
   * @param baseline scored rows of the baseline (development) sample
   * @param current scored rows of the current sample
   * @return the index
   * @throws InvalidInputException if either has no scored row
   */
  public static StabilityIndex psi(Dataset<Row> baseline, Dataset<Row> current) {
    ScoreGroups b = tally(baseline, null).groups();
    ScoreGroups c = tally(current, null).groups();
    requireRows("/baseline", b);
    requireRows("/current", c);
    ScoreBands bins = GroupMetrics.quantiles(b, Stability.DEFAULT_BINS);
    return Stability.psi(GroupMetrics.bandCounts(b, bins, false), GroupMetrics.bandCounts(c, bins, false));
  }

  private static void requireRows(String pointer, ScoreGroups g) {
    if (g.rows() == 0) {
      throw new InvalidInputException(pointer, "must have at least one scored row", "no scored rows");
    }
  }

  /** One pass: a table per partition, merged on the driver. {@code outcomeColumn} null: scores only. */
  static Tally tally(Dataset<Row> scored, String outcomeColumn) {
    Column label = outcomeColumn == null ? functions.lit(null) : scored.col(outcomeColumn);
    Dataset<Row> slim = scored.select(scored.col(SparkScoring.SCORE), scored.col(SparkScoring.PD),
        scored.col(SparkScoring.ERROR).isNotNull(), label);
    try {
      return slim.toJavaRDD()
          .mapPartitions(new TallyPartition(String.valueOf(outcomeColumn), outcomeColumn != null))
          .treeReduce(Tally::merge);
    } catch (Exception e) { // Spark rethrows a task's failure as a (checked) SparkException
      throw unwrap(e);
    }
  }

  /** A task's {@link InvalidInputException} reaches the driver inside a SparkException: give it back as is. */
  private static RuntimeException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException i) {
        return new InvalidInputException(i.pointer(), i.rule(), i.found(), e);
      }
      if (!(t instanceof SparkException) && t != e) {
        break;
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
  }
}
