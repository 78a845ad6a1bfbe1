package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Scoring, explaining and batch-scoring a card with interaction characteristics. */
class InteractionScoringTest {

  private static final double NA = Double.NaN;
  private static final ReasonCodeSettings FIVE = ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_MAX, 5);

  @Test
  void score_cellOfBothValues() {
    Scorecard card = ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT);
    // dti 0.45, age 25, delinquency 6, housing 2: mains 15 + 0 + 10, cells (<12, >0.3) -20 and (other, <30) -4.
    double[] values = {0.45, 25, 6, 2};
    ScoreResult r = card.score(vector(card, values));
    assertThat(r.points()).isEqualTo(501.0);
    assertThat(card.points(values)).isEqualTo(501.0);
    assertThat(r.partialScores()).containsExactly(new PartialScore("dti_ratio", "(0.3, 0.5]", 15),
        new PartialScore("months_since_delinquency", "(-inf, 12)", 0),
        new PartialScore("housing", "rent or mortgage", 10),
        new PartialScore("months_since_delinquency × dti_ratio", "(-inf, 12) × (0.3, +inf)", -20),
        new PartialScore("housing × age_years", "(-inf, +inf) × (-inf, 30)", -4));
    // Points below the maximum: delinquency 40, W04 10 - -20 = 30, dti 15, housing 15 (tie: dti first), W05 12.
    assertThat(r.reasonCodes()).extracting(ReasonCode::code, ReasonCode::characteristic, ReasonCode::pointsBelow)
        .containsExactly(tuple("W02", "months_since_delinquency", 40.0),
            tuple("W04", "months_since_delinquency × dti_ratio", 30.0), tuple("W01", "dti_ratio", 15.0),
            tuple("W03", "housing", 15.0));
    assertThat(r.reasonCodes().get(1).applicantValue()).isEqualTo("6 months; 0.45");
    assertThat(r.reasonCodes().get(1).messageEn()).isEqualTo("Recent delinquency with high debt");
  }

  @Test
  void score_moreReasonsThanLocalsAndBinIndexIsTheCell() {
    Scorecard card = ScorecardFixtures.withInteractions(FIVE);
    double[] values = {0.45, 25, 6, 2};
    ScoreHolder h = card.newHolder();
    card.score(values, h);
    assertThat(h.points()).isEqualTo(501.0);
    // Cell (2, 1) of 4 × 3 is bin 7; cell (2, 0) of 3 × 3 is bin 6.
    assertThat(h.bin(3)).isEqualTo(7);
    assertThat(h.bin(4)).isEqualTo(6);
    List<ReasonCode> reasons = card.reasonCodes(values, h);
    assertThat(reasons).extracting(ReasonCode::code, ReasonCode::pointsBelow, ReasonCode::applicantValue)
        .containsExactly(tuple("W02", 40.0, "6 months"), tuple("W04", 30.0, "6 months; 0.45"),
            tuple("W01", 15.0, "0.45"), tuple("W03", 15.0, "rent or mortgage"),
            tuple("W05", 12.0, "2 code; 25 years"));
    assertThat(reasons.get(4).messageEn()).isEqualTo("Housing status at this age");
  }

  @Test
  void reasons_missingReasonWhenEitherValueIsMissing() {
    Scorecard card = ScorecardFixtures.withInteractions(FIVE);
    ScoreResult partnerMissing = card.score(vector(card, new double[] {0.2, NA, -1, 1}));
    // own × missing age: -2, 10 below the cell maximum 8.
    assertThat(partnerMissing.partialScores().get(4)).isEqualTo(new PartialScore("housing × age_years",
        "own × missing", -2));
    ReasonCode w05 = partnerMissing.reasonCodes().stream().filter(rc -> rc.code().equals("W05")).findFirst()
        .orElseThrow();
    assertThat(w05.pointsBelow()).isEqualTo(10.0);
    assertThat(w05.applicantValue()).isEqualTo("own; missing");
    assertThat(w05.messageEn()).isEqualTo("Housing or age not reported");
    assertThat(w05.messageZh()).isEqualTo("住房或年龄未提供");
    ScoreResult featureMissing = card.score(vector(card, new double[] {0.2, 40, -1, NA}));
    ReasonCode again = featureMissing.reasonCodes().stream().filter(rc -> rc.code().equals("W05")).findFirst()
        .orElseThrow();
    assertThat(again.applicantValue()).isEqualTo("missing; 40 years");
    assertThat(again.messageEn()).isEqualTo("Housing or age not reported");
    // W04 has no missing reason: its own text even when dti is missing.
    ScoreResult noMissingReason = card.score(vector(card, new double[] {NA, 40, 3, 1}));
    ReasonCode w04 = noMissingReason.reasonCodes().stream().filter(rc -> rc.code().equals("W04")).findFirst()
        .orElseThrow();
    assertThat(w04.applicantValue()).isEqualTo("3 months; missing");
    assertThat(w04.messageEn()).isEqualTo("Recent delinquency with high debt");
  }

  @Test
  void minAndMaxScore_overCells() {
    Scorecard card = ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT);
    assertThat(card.minScore()).isEqualTo(463.0);
    assertThat(card.maxScore()).isEqualTo(613.0);
  }

  @Test
  void score_infinitePartnerNamesThePartner() {
    Scorecard card = ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT);
    double[] values = {0.2, Double.NEGATIVE_INFINITY, 3, 1};
    assertThatThrownBy(() -> card.points(values)).isInstanceOf(InvalidInputException.class)
        .hasMessage("/age_years: must be finite, or NaN for missing; found an infinite number");
    assertThatThrownBy(() -> card.score(values, card.newHolder())).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).pointer()).isEqualTo("/age_years");
    double[][] columns = {{0.2, 0.2}, {40, Double.POSITIVE_INFINITY}, {3, 3}, {1, 1}};
    assertThatThrownBy(() -> card.scoreBatch(columns, 0, 2, new double[2])).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).pointer()).isEqualTo("/1/age_years");
    double[][] featureBad = {{0.2, 0.2}, {40, 40}, {3, 3}, {1, Double.POSITIVE_INFINITY}};
    assertThatThrownBy(() -> card.scoreBatch(featureBad, 0, 2, new double[2]))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).pointer()).isEqualTo("/1/housing");
  }

  @Test
  void scoreBatchAndPoints_agreeWithReference() {
    for (ReasonCodeSettings settings : List.of(ReasonCodeSettings.DEFAULT, FIVE)) {
      Scorecard card = ScorecardFixtures.withInteractions(settings);
      SplittableRandom rnd = new SplittableRandom(18);
      int rows = 2000;
      double[][] columns = new double[4][rows];
      double[][] byRow = new double[rows][];
      for (int i = 0; i < rows; i++) {
        byRow[i] = new double[] {pick(rnd, 0.3, 0.1, 0.6), pick(rnd, 30, 18, 60), pick(rnd, -1, 12, 40),
            pick(rnd, 1, 2, 3)};
        for (int j = 0; j < 4; j++) {
          columns[j][i] = byRow[i][j];
        }
      }
      double[] batch = new double[rows];
      card.scoreBatch(columns, 0, rows, batch);
      ScoreHolder h = card.newHolder();
      for (int i = 0; i < rows; i++) {
        double expected = ReferenceScoring.points(card, byRow[i]);
        assertThat(card.points(byRow[i])).isEqualTo(expected);
        assertThat(batch[i]).isEqualTo(expected);
        card.score(byRow[i], h);
        assertThat(h.points()).isEqualTo(expected);
        for (int c = 0; c < card.characteristics().size(); c++) {
          assertThat(h.bin(c)).isEqualTo(ReferenceScoring.bin(card, c, byRow[i]));
        }
      }
    }
  }

  @Test
  void hotPath_allocatesNothingWithCells() {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
        "this JVM cannot count allocated bytes per thread");
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    for (ReasonCodeSettings settings : List.of(ReasonCodeSettings.DEFAULT, FIVE)) {
      Scorecard card = ScorecardFixtures.withInteractions(settings);
      SplittableRandom rnd = new SplittableRandom(7);
      double[][] rows = new double[1000][];
      double[][] columns = new double[4][1000];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = new double[] {pick(rnd, 0.3, 0.1, 0.6), pick(rnd, 30, 18, 60), pick(rnd, -1, 12, 40),
            pick(rnd, 1, 2, 3)};
        for (int j = 0; j < 4; j++) {
          columns[j][i] = rows[i][j];
        }
      }
      ScoreHolder holder = card.newHolder();
      double[] out = new double[1000];
      long threadId = Thread.currentThread().getId();
      // As ScorecardTest.hotPath_allocatesNothing: the quietest of ten passes must allocate nothing.
      long quietest = Long.MAX_VALUE;
      for (int pass = 0; pass < 10; pass++) {
        long before = mx.getThreadAllocatedBytes(threadId);
        for (double[] row : rows) {
          card.score(row, holder);
          out[0] += card.points(row);
        }
        card.scoreBatch(columns, 0, 1000, out);
        quietest = Math.min(quietest, mx.getThreadAllocatedBytes(threadId) - before);
      }
      assertThat(quietest).isZero();
    }
  }

  private static FeatureVector vector(Scorecard card, double[] values) {
    byte[] missing = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      missing[i] = (byte) (Double.isNaN(values[i]) ? 2 : 0);
    }
    return FeatureVector.of(card.schema(), values, missing);
  }

  /** Missing, an edge, a value either side, or anything. */
  private static double pick(SplittableRandom rnd, double edge, double low, double high) {
    int kind = rnd.nextInt(6);
    return kind == 0 ? NA : kind == 1 ? edge : kind == 2 ? low : kind == 3 ? high
        : kind == 4 ? Math.rint(rnd.nextDouble(-2, 70)) : rnd.nextDouble(-2, 70);
  }
}
