package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.KsStatistic;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the training report shows that needs the training rows: the VIF of the selected WoE columns,
 * the scorecard's ROC, KS and calibration on the data it was trained on (in sample) and on the
 * cross-validated predictions (held out), and the protected attributes' groups. Scores are points,
 * higher is better; PD is the scaling's PD of the score. Public so that the boosted scorecard's
 * training report shows its held-out performance and fairness the same way; immutable.
 *
 * @param vif selected characteristic to VIF, in selection order
 * @param training the performance on the training data, in sample (unrounded draft points)
 * @param heldOut the performance of the cross-validated predictions: each row scored by the fold
 *     scorecard that did not train on it
 * @param fairness the groups of the spec's protected attributes (empty when none is named)
 */
public record TrainingDiagnostics(Map<String, Double> vif, Performance training, Performance heldOut,
    List<ProtectedGroup> fairness) {

  static final int CURVE_POINTS = 101;
  static final int CALIBRATION_BANDS = 10;

  /**
   * ROC, KS and calibration of one set of scores.
   *
   * @param auc the AUC
   * @param roc the ROC curve (at most {@link #CURVE_POINTS} points)
   * @param ks the KS statistic with its score
   * @param ksScores distinct scores, ascending, for the KS chart
   * @param goodsAtOrBelow share of goods scoring at or below each of {@code ksScores}
   * @param badsAtOrBelow share of bads scoring at or below each of {@code ksScores}
   * @param calibration the calibration table by score decile
   */
  public record Performance(double auc, List<CurvePoint> roc, KsStatistic ks, double[] ksScores,
      double[] goodsAtOrBelow, double[] badsAtOrBelow, List<CalibrationRow> calibration) {

    /**
     * The performance of points {@code scores} (higher is better) against {@code bad}, with the
     * scaling's PD of each score for the calibration.
     */
    public static Performance of(double[] scores, boolean[] bad, Scaling scaling) {
      double[] pd = new double[scores.length];
      for (int r = 0; r < pd.length; r++) {
        pd[r] = scaling.probabilityOfDefault(scores[r]);
      }
      ScoreOrientation up = ScoreOrientation.HIGHER_IS_BETTER;
      double[][] cumulative = cumulative(scores, bad);
      return new Performance(Discrimination.auc(scores, bad, up),
          Discrimination.roc(scores, bad, up, CURVE_POINTS), Discrimination.ks(scores, bad, up),
          cumulative[0], cumulative[1], cumulative[2],
          Calibration.table(scores, bad, pd, ScoreBands.quantiles(scores, CALIBRATION_BANDS)));
    }
  }

  static TrainingDiagnostics of(TrainingResult result, Dataset data) {
    if (!data.fingerprint().equals(result.dataFingerprint())) {
      throw new IllegalArgumentException("the data is not the training data: fingerprint "
          + data.fingerprint() + " but the model was trained on " + result.dataFingerprint());
    }
    Scaling scaling = result.draft().scaling();
    double[] scores = result.draft().scores(data);
    boolean[] bad = data.bad();
    double[] pd = new double[scores.length];
    for (int r = 0; r < pd.length; r++) {
      pd[r] = scaling.probabilityOfDefault(scores[r]);
    }
    // The trainer's own VIF of the selected WoE columns (the same regression the VIF ceiling uses).
    return new TrainingDiagnostics(result.vif(), Performance.of(scores, bad, scaling),
        Performance.of(result.outOfFold().scores(), bad, scaling),
        ProtectedGroup.of(result.protectedAttributes(), data, scores, pd));
  }

  /** Distinct scores ascending, and the shares of goods and bads at or below each. */
  private static double[][] cumulative(double[] scores, boolean[] bad) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    long totalBads = 0;
    for (boolean b : bad) {
      totalBads += b ? 1 : 0;
    }
    long totalGoods = scores.length - totalBads;
    List<double[]> points = new ArrayList<>();
    long goods = 0;
    long bads = 0;
    for (int i = 0; i < order.length; i++) {
      if (bad[order[i]]) {
        bads++;
      } else {
        goods++;
      }
      if (i == order.length - 1 || scores[order[i + 1]] != scores[order[i]]) {
        points.add(new double[] {scores[order[i]], (double) goods / totalGoods,
            (double) bads / totalBads});
      }
    }
    double[][] out = new double[3][points.size()];
    for (int p = 0; p < points.size(); p++) {
      for (int k = 0; k < 3; k++) {
        out[k][p] = points.get(p)[k];
      }
    }
    return out;
  }
}
