package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.comparison.CardSize;
import dev.northbound.scoring.toolkit.training.comparison.SizedChallenger;
import java.util.Objects;

/**
 * The boosted additive scorecard as a model in a comparison: one fit of
 * {@link BoostedScorecardTrainer} on the training rows (no inner cross-validation), and the
 * probability of bad of its points on the held-out rows. Every fit uses the configuration's seed,
 * not the fold's, as {@code train --method boosted} does in its own cross-validation, so the fold
 * AUCs agree with those {@code train} prints. Immutable and thread-safe.
 */
public final class BoostedChallenger implements SizedChallenger {

  private final String code;
  private final BoostingConfig config;
  private final FeatureSchema schema;

  private BoostedChallenger(String code, BoostingConfig config, FeatureSchema schema) {
    this.code = Objects.requireNonNull(code, "code");
    this.config = Objects.requireNonNull(config, "config");
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  /**
   * The boosted card trained with {@code config} on data of {@code schema} (whose risk directions
   * give monotone constraints), reported under {@code code}, for example {@code "boosted"}.
   */
  public static BoostedChallenger of(String code, BoostingConfig config, FeatureSchema schema) {
    return new BoostedChallenger(code, config, schema);
  }

  @Override
  public String code() {
    return code;
  }

  /** Fits on {@code train} with the configuration's seed; {@code seed} is unused. */
  @Override
  public double[] riskOf(Dataset train, Dataset test, long seed) {
    double[] points = BoostedScorecardTrainer.create(config).fit(train, schema).model().scores(test);
    Scaling scaling = config.training().scaling();
    for (int i = 0; i < points.length; i++) {
      points[i] = scaling.probabilityOfDefault(points[i]);
    }
    return points;
  }

  /** The characteristics (an interaction counts as one) and attributes (cells) of the card fitted on {@code data}. */
  @Override
  public CardSize size(Dataset data, long seed) {
    Scorecard card = BoostedScorecardTrainer.create(config).card(data, schema);
    int attributes = card.characteristics().stream().mapToInt(c -> c.bins().size()).sum();
    return new CardSize(card.characteristics().size(), attributes);
  }
}
