package dev.northbound.scoring.models.scaling;

import dev.northbound.scoring.core.ModelDefinitionException;

/**
 * How points map to good:bad odds: {@code basePoints} points at {@code baseOdds}:1, and every
 * {@code pointsToDoubleOdds} more points double the odds. With {@code factor = PDO / ln 2} and
 * {@code offset = basePoints - factor * ln(baseOdds)}, {@code points = offset + factor * ln(odds)} and
 * the probability of default is {@code 1 / (1 + odds)}.
 *
 * <p>Example: 600 points at 50:1 with PDO 20 gives factor 28.8539 and offset 487.1229; 620 points
 * are 100:1, a probability of default of 1/101.
 *
 * @param basePoints the points at the base odds (finite)
 * @param baseOdds the good:bad odds at the base points (finite, positive)
 * @param pointsToDoubleOdds the points that double the odds (finite, positive)
 */
public record Scaling(double basePoints, double baseOdds, double pointsToDoubleOdds) {

  /**
   * Validates the scaling.
   *
   * @throws ModelDefinitionException if a value is not finite or the odds or PDO are not positive
   */
  public Scaling {
    if (!Double.isFinite(basePoints)) {
      throw new ModelDefinitionException("/basePoints", "must be finite", ModelDefinitionException.describe(basePoints));
    }
    if (!(baseOdds > 0 && baseOdds < Double.POSITIVE_INFINITY)) {
      throw new ModelDefinitionException("/baseOdds", "must be finite and positive", ModelDefinitionException.describe(baseOdds));
    }
    if (!(pointsToDoubleOdds > 0 && pointsToDoubleOdds < Double.POSITIVE_INFINITY)) {
      throw new ModelDefinitionException("/pointsToDoubleOdds", "must be finite and positive",
          ModelDefinitionException.describe(pointsToDoubleOdds));
    }
  }

  /** A scaling of {@code basePoints} at {@code baseOdds}:1 with {@code pointsToDoubleOdds} PDO. */
  public static Scaling of(double basePoints, double baseOdds, double pointsToDoubleOdds) {
    return new Scaling(basePoints, baseOdds, pointsToDoubleOdds);
  }

  /** {@code PDO / ln 2}. */
  public double factor() {
    return pointsToDoubleOdds / Math.log(2);
  }

  /** {@code basePoints - factor * ln(baseOdds)}. */
  public double offset() {
    return basePoints - factor() * Math.log(baseOdds);
  }

  /** The points for good:bad {@code odds}. */
  public double points(double odds) {
    return offset() + factor() * Math.log(odds);
  }

  /** The good:bad odds at {@code points}. */
  public double odds(double points) {
    return Math.exp((points - offset()) / factor());
  }

  /** The probability of default at {@code points}: {@code 1 / (1 + odds)}, in {@code [0, 1]}. */
  public double probabilityOfDefault(double points) {
    return 1.0 / (1.0 + odds(points));
  }

  /**
   * The points for a log-odds of bad {@code z = ln(p / (1 - p))}: {@code offset - factor * z}. Finite
   * for every finite {@code z}, even where the PD itself rounds to 0 or 1.
   */
  public double pointsForLogOddsBad(double z) {
    return offset() - factor() * z;
  }

  /** The points for a log-odds of good {@code ln(odds)}: {@code offset + factor * ln(odds)}. */
  public double pointsForLogOddsGood(double lnOddsGood) {
    return offset() + factor() * lnOddsGood;
  }
}
