package dev.northbound.scoring.toolkit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The business view: gains table by score band and the outcome of a cutoff.
 *
 * <p>Stateless and thread-safe. Methods throw {@link IllegalArgumentException} if the arrays
 * differ in length and {@link dev.northbound.scoring.core.InvalidInputException} if a score is not
 * finite, the arrays are empty, or there is no bad or no good.
 */
public final class BusinessMetrics {

  private BusinessMetrics() {}

  /**
   * The gains table.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points (decides which band is best)
   * @param bands the score bands
   * @return the table, best band first
   */
  public static GainsTable gains(
      double[] scores, boolean[] bad, ScoreOrientation orientation, ScoreBands bands) {
    EvaluationChecks.scored(scores, bad);
    return gains(BandCounts.of(bands, scores, bad), orientation);
  }

  /**
   * The gains table from a (possibly merged) histogram.
   *
   * @param counts a histogram built with outcomes and with at least one bad
   * @param orientation which way the score points
   * @return the table, best band first
   * @throws IllegalArgumentException if the histogram has no outcomes or no bad
   */
  public static GainsTable gains(BandCounts counts, ScoreOrientation orientation) {
    Objects.requireNonNull(orientation, "orientation");
    EvaluationChecks.require(counts.labelled(), "the histogram must be built with outcomes");
    long totalRows = counts.totalRows();
    long totalBads = counts.totalBads();
    EvaluationChecks.require(totalBads > 0, "the histogram must hold at least one bad");
    double overall = (double) totalBads / totalRows;
    int k = counts.bands().count();
    List<GainsRow> rows = new ArrayList<>();
    long cumRows = 0;
    long cumBads = 0;
    for (int i = 0; i < k; i++) {
      int band = orientation == ScoreOrientation.HIGHER_IS_BETTER ? k - 1 - i : i;
      long n = counts.rows(band);
      if (n == 0) {
        continue;
      }
      long b = counts.bads(band);
      cumRows += n;
      cumBads += b;
      double badRate = (double) b / n;
      rows.add(new GainsRow(counts.bands().range(band), n, b, badRate,
          (double) cumRows / totalRows, (double) cumBads / cumRows, badRate / overall));
    }
    return new GainsTable(rows, totalRows, totalBads, overall);
  }

  /**
   * The outcome of approving at a cutoff.
   *
   * @param scores the scores
   * @param bad the outcomes, {@code true} for bad
   * @param orientation which way the score points
   * @param cutoff a finite cutoff
   * @return approval rate, bad rate among the approved and the confusion counts
   */
  public static CutoffOutcome atCutoff(
      double[] scores, boolean[] bad, ScoreOrientation orientation, double cutoff) {
    Objects.requireNonNull(orientation, "orientation");
    EvaluationChecks.require(Double.isFinite(cutoff), "cutoff must be finite");
    EvaluationChecks.scored(scores, bad);
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean approved = orientation.approves(scores[i], cutoff);
      if (approved) {
        if (bad[i]) {
          fn++;
        } else {
          tn++;
        }
      } else if (bad[i]) {
        tp++;
      } else {
        fp++;
      }
    }
    long approved = tn + fn;
    return new CutoffOutcome(cutoff, approved, tp + fp, (double) approved / scores.length,
        approved == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) fn / approved),
        tp, fp, tn, fn);
  }
}
