package dev.northbound.scoring.toolkit.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@link ScorecardTrainer#train}. The draft, binnings, selection and fit are from
 * the whole data set; the cross-validated AUCs from models trained afresh (binning and selection
 * included) on each training fold. Immutable.
 *
 * @param draft the scorecard
 * @param binnings the binning of every characteristic, in column order
 * @param selection the selection report
 * @param fit the logistic fit on the selected WoE columns
 * @param trainingAuc the scorecard's AUC on the data it was trained on
 * @param scorecardCv the scorecard's cross-validated AUC
 * @param challengerCv the challengers' cross-validated AUC (empty when switched off)
 * @param dataFingerprint the {@code Dataset.fingerprint()} of the training data
 * @param config the configuration used
 * @param vif the variance inflation factor of every selected characteristic's WoE column on the
 *     others', in fit order (1 for a lone one; see {@link Vif})
 * @param usedSpec the spec the run used, with every binned characteristic's bins made explicit
 *     (its cuts or groups as fitted, its kind, its role and special values), so that training again
 *     with it gives the same bins
 * @param outOfFold every row's score from the fold scorecard that held it out
 */
public record TrainingResult(ScorecardDraft draft, List<BinningResult> binnings,
    SelectionReport selection, LogisticFit fit, double trainingAuc, CvAuc scorecardCv,
    List<CvAuc> challengerCv, String dataFingerprint, TrainingConfig config,
    Map<String, Double> vif, TrainingSpec usedSpec, OutOfFold outOfFold) {

  /** Validates and copies. */
  public TrainingResult {
    Objects.requireNonNull(draft, "draft");
    binnings = List.copyOf(binnings);
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(scorecardCv, "scorecardCv");
    challengerCv = List.copyOf(challengerCv);
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    Objects.requireNonNull(config, "config");
    vif = Collections.unmodifiableMap(new LinkedHashMap<>(vif));
    Objects.requireNonNull(usedSpec, "usedSpec");
    Objects.requireNonNull(outOfFold, "outOfFold");
  }

  /**
   * The protected attributes of the spec: never predictors, kept for the report and the evaluation
   * as fairness segments (columns of the training data), sorted.
   */
  public List<String> protectedAttributes() {
    return config.spec().protectedAttributes();
  }
}
