package dev.northbound.scoring.models.scorecard;

/**
 * The bin for a missing value; every characteristic has exactly one, because in thin-file scoring
 * the absence of data is itself predictive.
 *
 * @param points the points earned
 */
public record MissingBin(double points) implements Bin {

  /** The label of every missing bin. */
  public static final String LABEL = "missing";

  /**
   * Validates the points.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the points are not finite
   */
  public MissingBin {
    ScorecardChecks.finitePoints(points, "/points");
  }

  /** Always {@value #LABEL}. */
  @Override
  public String label() {
    return LABEL;
  }
}
