package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.report.shape.ShapeTable;
import dev.northbound.scoring.toolkit.training.ProtectedGroup;
import dev.northbound.scoring.toolkit.training.TrainingDiagnostics;
import java.util.List;

/**
 * What the boosted training report shows that needs the training rows. Scores are the out-of-fold
 * points (each row scored by the fold card that did not train on it), higher is better; PD is the
 * scaling's PD of the points.
 *
 * @param heldOut the ROC, KS and calibration of the out-of-fold points
 * @param fairness the groups of the spec's protected attributes, on the out-of-fold points (empty
 *     when none is named)
 * @param shapes every characteristic of the scorecard counted on the rows
 */
record BoostedTrainingReportRows(TrainingDiagnostics.Performance heldOut,
    List<ProtectedGroup> fairness, ShapeTable shapes) {

  static BoostedTrainingReportRows of(BoostedTrainingResult result, Scorecard card, Dataset data) {
    if (!data.fingerprint().equals(result.dataFingerprint())) {
      throw new IllegalArgumentException("the data is not the training data: fingerprint "
          + data.fingerprint() + " but the model was trained on " + result.dataFingerprint());
    }
    Scaling scaling = card.scaling();
    double[] scores = result.outOfFold().scores();
    double[] pd = new double[scores.length];
    for (int r = 0; r < pd.length; r++) {
      pd[r] = scaling.probabilityOfDefault(scores[r]);
    }
    return new BoostedTrainingReportRows(
        TrainingDiagnostics.Performance.of(scores, data.bad(), scaling),
        ProtectedGroup.of(result.config().training().spec().protectedAttributes(), data, scores, pd),
        ShapeTable.count(card, data));
  }
}
