package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.List;

/**
 * A scorecard's figures on one view of the test rows, all from {@code toolkit.evaluation} on its
 * probability of bad (higher is riskier).
 *
 * @param rows the rows
 * @param bads the bad rows
 * @param auc {@link Discrimination#auc}
 * @param ks the value of {@link Discrimination#ks}
 * @param brier {@link Calibration#brierScore}
 * @param calibration {@link Calibration#table} by deciles of the probability of bad ({@link
 *     ScoreBands#quantiles}, fewer bands when they tie): mean PD against the observed bad rate
 */
public record ViewMetrics(int rows, int bads, double auc, double ks, double brier,
    List<CalibrationRow> calibration) {

  /** The number of calibration bands asked for: deciles. */
  public static final int CALIBRATION_BANDS = 10;

  /** Copies. */
  public ViewMetrics {
    calibration = List.copyOf(calibration);
  }

  /** The figures of {@code pd} against {@code bad}. */
  static ViewMetrics of(double[] pd, boolean[] bad) {
    int bads = 0;
    for (boolean b : bad) {
      bads += b ? 1 : 0;
    }
    ScoreOrientation risky = ScoreOrientation.HIGHER_IS_RISKIER;
    return new ViewMetrics(pd.length, bads, Discrimination.auc(pd, bad, risky),
        Discrimination.ks(pd, bad, risky).value(), Calibration.brierScore(pd, bad),
        Calibration.table(pd, bad, pd, ScoreBands.quantiles(pd, CALIBRATION_BANDS)));
  }
}
