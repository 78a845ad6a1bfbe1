package dev.northbound.scoring.toolkit.evaluation;

/**
 * The ten-row hand-checkable sample shared by the hand-computed tests (also the "hand" reference
 * fixture). Higher score is better. Sorted by score:
 *
 * <pre>
 *   score  700 680 680 650 650 650 620 600 600 580
 *   bad     G   G   B   G   G   B   G   B   G   B     (4 bads, 6 goods)
 *   pd     .02 .04 .04 .08 .08 .08 .15 .25 .25 .40
 * </pre>
 */
final class HandData {

  static final double[] SCORES = {700, 680, 680, 650, 650, 650, 620, 600, 600, 580};
  static final boolean[] BAD = {false, false, true, false, false, true, false, true, false, true};
  static final double[] PD = {0.02, 0.04, 0.04, 0.08, 0.08, 0.08, 0.15, 0.25, 0.25, 0.40};

  private HandData() {}
}
