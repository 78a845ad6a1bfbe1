package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.Objects;

/**
 * How reason codes are chosen: the baseline mode and how many are given at most.
 *
 * @param mode what points below are measured against
 * @param maxReasons the most reason codes given, from 0 to 16
 */
public record ReasonCodeSettings(ReasonCodeMode mode, int maxReasons) {

  /** The default: points below the maximum, at most 4 reasons (the Regulation B convention). */
  public static final ReasonCodeSettings DEFAULT = new ReasonCodeSettings(ReasonCodeMode.POINTS_BELOW_MAX, 4);

  /**
   * Validates the settings.
   *
   * @throws ModelDefinitionException if {@code maxReasons} is outside 0 to 16
   */
  public ReasonCodeSettings {
    Objects.requireNonNull(mode, "mode");
    if (maxReasons < 0 || maxReasons > 16) {
      throw new ModelDefinitionException("/maxReasons", "must be between 0 and 16", Integer.toString(maxReasons));
    }
  }

  /** Settings with the given mode and maximum. */
  public static ReasonCodeSettings of(ReasonCodeMode mode, int maxReasons) {
    return new ReasonCodeSettings(mode, maxReasons);
  }
}
