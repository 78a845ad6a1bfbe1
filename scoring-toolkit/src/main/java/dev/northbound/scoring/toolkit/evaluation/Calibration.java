package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Calibration: how close the predicted probabilities of default are to the observed bad rates.
 *
 * <p>Stateless and thread-safe. Every method throws {@link IllegalArgumentException} if the arrays
 * differ in length and {@link InvalidInputException} if a PD is outside [0, 1] or not a number, a
 * score is not finite, or the arrays are empty.
 */
public final class Calibration {

  /**
   * Log loss clips each PD to [ε, 1 − ε] with ε = 1e-15, so a confident wrong prediction costs
   * at most −ln(1e-15) ≈ 34.54 and never infinity.
   */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  /** The default number of Hosmer–Lemeshow groups (deciles of predicted PD). */
  public static final int DEFAULT_GROUPS = 10;

  private Calibration() {}

  /**
   * The Brier score, {@code mean((pd - y)²)} with y = 1 for bad.
   *
   * @param pd the predicted PDs
   * @param bad the outcomes, {@code true} for bad
   * @return the score in [0, 1]
   */
  public static double brierScore(double[] pd, boolean[] bad) {
    checkPd(pd, bad);
    double sum = 0;
    for (int i = 0; i < pd.length; i++) {
      double d = pd[i] - (bad[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / pd.length;
  }

  /**
   * The log loss, {@code -mean(y ln p + (1 - y) ln(1 - p))}, p the PD clipped to [ε, 1 − ε]
   * ({@link #LOG_LOSS_EPSILON}).
   *
   * @param pd the predicted PDs
   * @param bad the outcomes, {@code true} for bad
   * @return the log loss, finite and at least 0
   */
  public static double logLoss(double[] pd, boolean[] bad) {
    checkPd(pd, bad);
    double sum = 0;
    for (int i = 0; i < pd.length; i++) {
      double p = Math.min(Math.max(pd[i], LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
      sum += bad[i] ? Math.log(p) : Math.log(1 - p);
    }
    return -sum / pd.length;
  }

  /**
   * The calibration table by score band: rows, bads, mean predicted PD and observed bad rate per
   * band, in ascending band order; bands without rows are left out.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param pd the predicted PDs
   * @param bands the score bands
   * @return one row per non-empty band
   */
  public static List<CalibrationRow> table(
      double[] scores, boolean[] bad, double[] pd, ScoreBands bands) {
    return table(BandCounts.of(bands, scores, bad, pd));
  }

  /**
   * The calibration table from a (possibly merged) histogram.
   *
   * @param counts a histogram built with outcomes and PDs
   * @return one row per non-empty band
   * @throws IllegalArgumentException if the histogram has no outcomes or no PDs
   */
  public static List<CalibrationRow> table(BandCounts counts) {
    EvaluationChecks.require(counts.labelled() && counts.withPd(),
        "the histogram must be built with outcomes and PDs");
    List<CalibrationRow> rows = new ArrayList<>();
    for (int k = 0; k < counts.bands().count(); k++) {
      long n = counts.rows(k);
      if (n > 0) {
        double expected = counts.pdSum(k);
        rows.add(new CalibrationRow(counts.bands().range(k), n, counts.bads(k), expected,
            Math.min(1, expected / n), (double) counts.bads(k) / n)); // min: rounding of the sum only
      }
    }
    return List.copyOf(rows);
  }

  /**
   * Hosmer–Lemeshow over {@link #DEFAULT_GROUPS} groups.
   *
   * @param pd the predicted PDs
   * @param bad the outcomes, {@code true} for bad
   * @return the test
   */
  public static HosmerLemeshow hosmerLemeshow(double[] pd, boolean[] bad) {
    return hosmerLemeshow(pd, bad, DEFAULT_GROUPS);
  }

  /**
   * Hosmer–Lemeshow over equal-count groups of predicted PD ({@link ScoreBands#quantiles}; tied
   * PDs share a group, so there may be fewer groups than asked).
   *
   * @param pd the predicted PDs
   * @param bad the outcomes, {@code true} for bad
   * @param groups the number of groups wanted, at least 3
   * @return the test
   * @throws InvalidInputException if fewer than 3 distinct groups form, or a group whose PDs are
   *     all 0 has a bad (or all 1 has a good), which would make the statistic infinite
   */
  public static HosmerLemeshow hosmerLemeshow(double[] pd, boolean[] bad, int groups) {
    EvaluationChecks.require(groups >= 3, "groups must be at least 3; found " + groups);
    checkPd(pd, bad);
    List<CalibrationRow> rows = table(pd, bad, pd, ScoreBands.quantiles(pd, groups));
    if (rows.size() < 3) {
      throw new InvalidInputException("/pd", "must form at least 3 distinct Hosmer-Lemeshow groups",
          rows.size() + " groups");
    }
    double h = 0;
    for (CalibrationRow row : rows) {
      double diff = row.bads() - row.expectedBads();
      double denominator = row.expectedBads() * (1 - row.expectedBads() / row.rows());
      if (denominator > 0) {
        h += diff * diff / denominator;
      } else if (diff != 0) {
        throw new InvalidInputException("/pd",
            "must not be all 0 in a group with bads, nor all 1 in a group with goods",
            "such a group of " + row.rows() + " rows");
      }
    }
    int df = rows.size() - 2;
    double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(h);
    return new HosmerLemeshow(h, df, p, rows);
  }

  private static void checkPd(double[] pd, boolean[] bad) {
    Objects.requireNonNull(pd, "pd");
    Objects.requireNonNull(bad, "bad");
    EvaluationChecks.sameLength("pd", pd.length, "bad", bad.length);
    EvaluationChecks.probabilities("pd", pd);
  }
}
