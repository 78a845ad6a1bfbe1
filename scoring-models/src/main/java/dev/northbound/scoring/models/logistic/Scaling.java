package dev.northbound.scoring.models.logistic;

/**
 * Points-to-double-the-odds scaling: {@code score = offset + factor * ln(odds_good)}, with
 * {@code factor = pdo / ln 2} and {@code offset = basePoints - factor * ln(baseOdds)}, where odds are
 * good:bad. For example 600 points at 50:1 with a PDO of 20 gives factor 28.8539 and offset
 * 487.1229, so 100:1 scores 620 and 25:1 scores 580.
 *
 * <p>Because {@code ln(odds_good) = -z} for the log-odds of bad {@code z}, a model scores
 * {@code offset - factor * z}, which is finite for every finite {@code z} even where the
 * probability itself rounds to 0 or 1.
 *
 * @param basePoints the points at the base odds
 * @param baseOdds the good:bad odds that score {@code basePoints}; positive
 * @param pdo the points that double the odds; positive
 */
public record Scaling(double basePoints, double baseOdds, double pdo) {

  /**
   * Validates the scaling.
   *
   * @throws IllegalArgumentException if a component is not finite or the odds or PDO are not positive
   */
  public Scaling {
    if (!Double.isFinite(basePoints) || !(baseOdds > 0) || !Double.isFinite(baseOdds) || !(pdo > 0)
        || !Double.isFinite(pdo)) {
      throw new IllegalArgumentException("scaling needs finite base points and positive finite base odds"
          + " and PDO, found " + basePoints + ", " + baseOdds + " and " + pdo);
    }
  }

  /** A scaling. */
  public static Scaling of(double basePoints, double baseOdds, double pdo) {
    return new Scaling(basePoints, baseOdds, pdo);
  }

  /** {@code pdo / ln 2}: the points per unit of log-odds. */
  public double factor() {
    return pdo / Math.log(2);
  }

  /** {@code basePoints - factor * ln(baseOdds)}: the points at even odds. */
  public double offset() {
    return basePoints - factor() * Math.log(baseOdds);
  }

  /** The points for a log-odds of bad {@code z}: {@code offset - factor * z}. */
  public double pointsForLogOddsBad(double z) {
    return offset() - factor() * z;
  }
}
