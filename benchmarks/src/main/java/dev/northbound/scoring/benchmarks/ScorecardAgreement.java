package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.List;

/**
 * The check every scorecard benchmark's setup runs before timing: on every applicant, our score and
 * reason codes equal JPMML's and the hand-written scorecard's, our points only and batch points equal
 * our full score, and the branch-free lookup gives the same points. JPMML also lists characteristics
 * with zero points below after the positive ones, where we stop; so a rank we leave empty must be
 * empty or a zero-points code in JPMML's list.
 */
final class ScorecardAgreement {

  /** JPMML sums the same doubles in the same order; allow only rounding noise. */
  private static final double SCORE_TOLERANCE = 1e-9;

  private ScorecardAgreement() {}

  /**
   * Checks every applicant.
   *
   * @throws IllegalStateException naming the first applicant and the path that disagrees
   */
  static void check(Scorecard card, double[][] rows, double[][] columns, HandWrittenScorecard hand,
      JpmmlScorecard jpmml) {
    List<Characteristic> chars = card.characteristics();
    ScoreHolder holder = card.newHolder();
    HandWrittenScorecard.Result handOut = new HandWrittenScorecard.Result(chars.size());
    JpmmlScorecard.Output jpmmlOut = new JpmmlScorecard.Output(card.reasonCodeSettings().maxReasons());
    double[] batch = new double[rows.length];
    card.scoreBatch(columns, 0, rows.length, batch);
    int reasonsSeen = 0;
    int ties = 0;
    for (int a = 0; a < rows.length; a++) {
      double[] x = rows[a];
      card.score(x, holder);
      hand.score(x, handOut);
      jpmml.score(x, jpmmlOut);
      require(card.points(x) == holder.points(), a, "points only differs from the full score");
      require(batch[a] == holder.points(), a, "the batch points differ from the full score");
      require(hand.pointsBranchFree(x) == holder.points(), a, "the branch-free lookup differs");
      require(handOut.points == holder.points(), a, "the hand-written score differs");
      require(handOut.probabilityOfDefault == holder.probabilityOfDefault(), a, "the hand-written PD differs");
      require(handOut.grade == holder.grade(), a, "the hand-written grade differs");
      for (int c = 0; c < chars.size(); c++) {
        require(handOut.bins[c] == holder.bin(c) && handOut.partials[c] == holder.partial(c), a,
            "the hand-written partial score of characteristic " + c + " differs");
      }
      require(Math.abs(jpmmlOut.score - holder.points()) <= SCORE_TOLERANCE, a, "JPMML's score differs");
      require(handOut.reasonCount == holder.reasonCount(), a, "the hand-written reason count differs");
      String[] ours = new String[jpmmlOut.reasonCodes.length];
      for (int r = 0; r < holder.reasonCount(); r++) {
        int c = holder.reasonCharacteristic(r);
        require(handOut.reasonCharacteristic[r] == c && handOut.reasonPoints[r] == holder.reasonPoints(r), a,
            "the hand-written reason " + (r + 1) + " differs");
        ours[r] = chars.get(c).reasonCode();
        ties += r > 0 && holder.reasonPoints(r) == holder.reasonPoints(r - 1) ? 1 : 0;
      }
      for (int r = 0; r < ours.length; r++) {
        String theirs = jpmmlOut.reasonCodes[r];
        if (r < holder.reasonCount()) {
          require(ours[r].equals(theirs), a, "JPMML's reason code " + (r + 1) + " differs");
        } else {
          require(theirs == null || zeroBelow(card, holder, theirs), a,
              "JPMML gives reason code " + (r + 1) + " with points below where we give none");
        }
      }
      reasonsSeen += holder.reasonCount();
    }
    // The data must exercise the ranking, or agreement proves little.
    require(reasonsSeen > rows.length && ties > 100, -1,
        "the applicants do not exercise reason codes and their ties");
  }

  private static boolean zeroBelow(Scorecard card, ScoreHolder holder, String code) {
    List<Characteristic> chars = card.characteristics();
    for (int c = 0; c < chars.size(); c++) {
      if (chars.get(c).reasonCode().equals(code)) {
        return holder.partial(c) == chars.get(c).maxPoints();
      }
    }
    throw new IllegalStateException("JPMML gave a reason code the card does not have");
  }

  static void require(boolean ok, int applicant, String what) {
    if (!ok) {
      throw new IllegalStateException("agreement check failed"
          + (applicant < 0 ? "" : " on applicant " + applicant) + ": " + what);
    }
  }

}
