package dev.northbound.scoring.models.training;

/**
 * Points scaling: {@code score = offset + factor * ln(odds)} with odds good:bad,
 * {@code factor = pdo / ln 2} and {@code offset = basePoints - factor * ln(baseOdds)}; the score
 * is {@code basePoints} at odds {@code baseOdds} and rises by {@code pdo} each time the odds
 * double. Example: 600 points at 50:1 with PDO 20 gives factor 28.8539 and offset 487.1229.
 *
 * @param basePoints the score at the base odds, finite
 * @param baseOdds the good:bad odds at the base points, positive
 * @param pdo the points to double the odds, positive
 */
public record Scaling(double basePoints, double baseOdds, double pdo) {

  /** Validates. */
  public Scaling {
    if (!Double.isFinite(basePoints) || !(baseOdds > 0) || !Double.isFinite(baseOdds)
        || !(pdo > 0) || !Double.isFinite(pdo)) {
      throw new IllegalArgumentException(
          "scaling needs finite base points and positive, finite base odds and PDO");
    }
  }

  /** Creates a scaling. */
  public static Scaling of(double basePoints, double baseOdds, double pdo) {
    return new Scaling(basePoints, baseOdds, pdo);
  }

  /** {@code pdo / ln 2}. */
  public double factor() {
    return pdo / Math.log(2);
  }

  /** {@code basePoints - factor * ln(baseOdds)}. */
  public double offset() {
    return basePoints - factor() * Math.log(baseOdds);
  }

  /** The score of a log-odds (good:bad). */
  public double score(double logOddsGood) {
    return offset() + factor() * logOddsGood;
  }

  /** The probability of bad implied by a score: {@code 1 / (1 + exp((score - offset) / factor))}. */
  public double probabilityOfBad(double score) {
    return 1 / (1 + Math.exp((score - offset()) / factor()));
  }
}
