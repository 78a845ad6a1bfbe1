package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.OutOfFold;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link BoostedScorecardTrainer#train}. The scorecard, shapes, interactions and
 * rounds are from the whole data set; the cross-validated AUCs from cards trained afresh (fine
 * bins, interaction choice and constraints included) on each training fold, on the same stratified
 * folds as the WoE trainer's. Immutable.
 *
 * @param scorecard the points scorecard
 * @param shapes the main effects, one per characteristic, in column order
 * @param interactions the chosen pairwise interactions, in FAST order (highest gain first)
 * @param interceptLogOdds the intercept on the log-odds of bad, after every term is centred
 * @param mainRounds the boosting cycle kept by each bag for the main effects, in bag order
 * @param interactionRounds the cycle kept by each bag for the interactions (empty without any)
 * @param trainingAuc the card's AUC on the data it was trained on
 * @param boostedCv the card's cross-validated AUC (model {@code "boosted"})
 * @param challengerCv the challengers' cross-validated AUCs, in configuration order
 * @param outOfFold every row's points from the fold card that held it out
 * @param dataFingerprint the {@code Dataset.fingerprint()} of the training data
 * @param config the configuration used
 */
public record BoostedTrainingResult(Scorecard scorecard, List<Shape> shapes,
    List<Interaction> interactions, double interceptLogOdds, List<Integer> mainRounds,
    List<Integer> interactionRounds, double trainingAuc, CvAuc boostedCv,
    List<CvAuc> challengerCv, OutOfFold outOfFold, String dataFingerprint,
    BoostingConfig config) {

  /** Validates and copies. */
  public BoostedTrainingResult {
    Objects.requireNonNull(scorecard, "scorecard");
    shapes = List.copyOf(shapes);
    interactions = List.copyOf(interactions);
    mainRounds = List.copyOf(mainRounds);
    interactionRounds = List.copyOf(interactionRounds);
    Objects.requireNonNull(boostedCv, "boostedCv");
    challengerCv = List.copyOf(challengerCv);
    Objects.requireNonNull(outOfFold, "outOfFold");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint");
    Objects.requireNonNull(config, "config");
  }

  /** The shape of a characteristic, if it is one. */
  public java.util.Optional<Shape> shape(String characteristic) {
    return shapes.stream().filter(s -> s.characteristic().equals(characteristic)).findFirst();
  }
}
