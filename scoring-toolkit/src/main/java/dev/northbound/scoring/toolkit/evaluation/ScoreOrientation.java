package dev.northbound.scoring.toolkit.evaluation;

/**
 * Which way a score points. Points scorecards are {@link #HIGHER_IS_BETTER}; probabilities of
 * default are {@link #HIGHER_IS_RISKIER}. Every metric first maps a score to a <em>risk value</em>
 * that grows with risk, so that the same code serves both orientations.
 */
public enum ScoreOrientation {
  /** A higher score means lower risk (points scorecards). Approve if score &ge; cutoff. */
  HIGHER_IS_BETTER,
  /** A higher score means higher risk (probabilities of default). Approve if score &lt; cutoff. */
  HIGHER_IS_RISKIER;

  /** The risk value of a score: the score itself or its negation, with -0.0 folded into 0.0. */
  double risk(double score) {
    return (this == HIGHER_IS_RISKIER ? score : -score) + 0.0;
  }

  /** The score of a risk value; the inverse of {@link #risk(double)}. */
  double score(double risk) {
    return (this == HIGHER_IS_RISKIER ? risk : -risk) + 0.0;
  }

  /**
   * Whether a row with this score is approved at the cutoff: {@code score >= cutoff} when higher is
   * better, {@code score < cutoff} when higher is riskier. Either way a cutoff equal to a band's
   * lower bound approves exactly the bands on the better side of it.
   *
   * @param score the row's score
   * @param cutoff the cutoff
   * @return true if approved
   */
  public boolean approves(double score, double cutoff) {
    return this == HIGHER_IS_BETTER ? score >= cutoff : score < cutoff;
  }
}
