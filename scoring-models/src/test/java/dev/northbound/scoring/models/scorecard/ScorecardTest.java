package dev.northbound.scoring.models.scorecard;

import static dev.northbound.scoring.models.scorecard.ScorecardFixtures.handBuilt;
import static dev.northbound.scoring.models.scorecard.ScorecardFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static final double NA = Double.NaN;

  private static FeatureVector vector(double dti, double months, double housing) {
    double[] v = {dti, 41, months, housing};
    byte[] missing = new byte[4];
    for (int i = 0; i < 4; i++) {
      missing[i] = (byte) (Double.isNaN(v[i]) ? 2 : 0);
    }
    return FeatureVector.of(schema(), v, missing);
  }

  @Test
  void score_applicantWithThreeReasons() {
    // dti 0.45 in (0.3, 0.5] -> 15 (max 30: 15 below); 6 months in (-inf, 12) -> 0 (max 40: 40 below);
    // housing 2 in {2, 3} -> 10 (max 25: 15 below). Total 500 + 15 + 0 + 10 = 525 -> grade D (< 540).
    // Odds at 525 = 50 * 2^((525 - 600) / 20) = 50 * 2^-3.75; PD = 1 / (1 + odds).
    ScoreResult r = handBuilt().score(vector(0.45, 6, 2));
    assertThat(r.points()).isEqualTo(525.0);
    assertThat(r.probabilityOfDefault()).isCloseTo(1 / (1 + 50 * Math.pow(2, -3.75)), within(1e-12));
    assertThat(r.probabilityOfDefault()).isCloseTo(0.2120319, within(1e-7));
    assertThat(r.grade()).isEqualTo("D");
    assertThat(r.partialScores()).containsExactly(new PartialScore("dti_ratio", "(0.3, 0.5]", 15),
        new PartialScore("months_since_delinquency", "(-inf, 12)", 0),
        new PartialScore("housing", "rent or mortgage", 10));
    // W02 40 first; W01 and W03 tie at 15: characteristic order puts W01 (dti) first.
    assertThat(r.reasonCodes()).containsExactly(
        new ReasonCode("W02", "months_since_delinquency", 40, "6 months", "Recent delinquency", "近期有逾期记录"),
        new ReasonCode("W01", "dti_ratio", 15, "0.45", "Debt payments are high relative to income", "负债收入比偏高"),
        new ReasonCode("W03", "housing", 15, "rent or mortgage", "Housing status", "住房状况"));
  }

  @Test
  void score_edgeSpecialAndMissing() {
    // dti exactly 0.3 is in (-inf, 0.3] -> 30 (0 below, dropped); -1 is special "no delinquency" -> 40
    // (0 below); housing missing -> 0 (25 below). Total 500 + 30 + 40 + 0 = 570 -> C (540 <= 570 < 580).
    ScoreResult r = handBuilt().score(vector(0.3, -1, NA));
    assertThat(r.points()).isEqualTo(570.0);
    assertThat(r.grade()).isEqualTo("C");
    assertThat(r.probabilityOfDefault()).isCloseTo(1 / (1 + 50 * Math.pow(2, -1.5)), within(1e-12));
    assertThat(r.partialScores()).extracting(PartialScore::bin)
        .containsExactly("(-inf, 0.3]", "no delinquency", "missing");
    assertThat(r.reasonCodes()).containsExactly(
        new ReasonCode("W03", "housing", 25, "missing", "Housing status", "住房状况"));
  }

  @Test
  void score_bestApplicantHasNoReasons() {
    // 500 + 30 + 40 + 25 = 595 = maxScore -> B (580 <= 595 < 620).
    ScoreResult r = handBuilt().score(vector(0.1, -1, 1));
    assertThat(r.points()).isEqualTo(595.0).isEqualTo(handBuilt().maxScore());
    assertThat(r.grade()).isEqualTo("B");
    assertThat(r.reasonCodes()).isEmpty();
  }

  @Test
  void score_worstApplicantScoresMin() {
    // dti missing -5, 0.5 months -> (-inf, 12) 0, housing 0 -> "other" [-inf, +inf) 5 ... min uses housing missing 0.
    // 500 - 5 + 0 + 0 = 495 = minScore. Reasons: W02 40, W01 35 (30 - -5), W03 25.
    ScoreResult r = handBuilt().score(vector(NA, 0.5, NA));
    assertThat(r.points()).isEqualTo(495.0).isEqualTo(handBuilt().minScore());
    assertThat(r.reasonCodes()).extracting(ReasonCode::code, ReasonCode::pointsBelow, ReasonCode::applicantValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("W02", 40.0, "0.5 months"),
            org.assertj.core.groups.Tuple.tuple("W01", 35.0, "missing"),
            org.assertj.core.groups.Tuple.tuple("W03", 25.0, "missing"));
  }

  @Test
  void score_baselineModeAndMaxReasons() {
    // Baselines: dti 20, months 20, housing 10. Applicant (0.45, 6, 2): dti 20 - 15 = 5, months 20 - 0 = 20,
    // housing 10 - 10 = 0 (dropped). At most 1 reason: W02 only.
    FeatureSchema s = schema();
    Scorecard card = ScorecardFixtures.bare(s)
        .reasonCodes(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 1))
        .addCharacteristic(ScorecardFixtures.dti().withBaseline(20))
        .addCharacteristic(ScorecardFixtures.delinquency().withBaseline(20))
        .addCharacteristic(ScorecardFixtures.housing().withBaseline(10)).build();
    ScoreResult r = card.score(vector(0.45, 6, 2));
    assertThat(r.reasonCodes()).extracting(ReasonCode::code, ReasonCode::pointsBelow)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("W02", 20.0));
    ScoreHolder h = card.newHolder();
    card.score(vector(0.45, 6, 2).toArray(), h);
    assertThat(h.reasonCount()).isEqualTo(1);
    assertThat(h.reasonCharacteristic(0)).isEqualTo(1);
  }

  @Test
  void hotPath_matchesFullResultAndReusesHolder() {
    Scorecard card = handBuilt();
    ScoreHolder h = card.newHolder();
    card.score(vector(0.45, 6, 2).toArray(), h);
    card.score(new double[] {0.1, 41, -1, 1}, h); // the holder is reused: no stale reasons
    assertThat(h.points()).isEqualTo(595.0);
    assertThat(h.reasonCount()).isZero();
    assertThat(h.grade()).isEqualTo(1);
    assertThat(card.points(new double[] {0.45, 41, 6, 2})).isEqualTo(525.0);
    double[][] columns = {{0.45, 0.3, 0.1}, {41, 41, 41}, {6, -1, -1}, {2, NA, 1}};
    double[] out = new double[4];
    card.scoreBatch(columns, 0, 3, out);
    assertThat(out).containsExactly(525.0, 570.0, 595.0, 0.0);
  }

  @Test
  void score_otherSchema() {
    FeatureSchema other = FeatureSchema.of(List.of(ScorecardFixtures.feature("dti_ratio", "ratio")));
    FeatureVector v = FeatureVector.of(other, new double[] {0.2}, new byte[1]);
    String ours = schema().fingerprint().substring(0, 12);
    String theirs = other.fingerprint().substring(0, 12);
    assertThatThrownBy(() -> handBuilt().score(v)).isInstanceOf(InvalidInputException.class)
        .hasMessage("/: the vector's schema must be the model's schema " + ours + ", not " + theirs
            + "; found a vector of another schema")
        .extracting(e -> ((InvalidInputException) e).pointer()).isEqualTo("");
  }

  @Test
  void score_infiniteValue() {
    assertThatThrownBy(() -> handBuilt().points(new double[] {Double.POSITIVE_INFINITY, 1, 1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/dti_ratio: must be finite, or NaN for missing; found an infinite number");
    assertThatThrownBy(() -> handBuilt().points(new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 4 values, found 3");
    assertThatThrownBy(() -> handBuilt().score(new double[4], ScoreHolder.of(2, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holder too small: needs 3 characteristics and 4 reasons, has 2 and 4");
  }

  @Test
  void score_unusedFeatureIsIgnored() {
    assertThat(handBuilt().points(new double[] {0.45, NA, 6, 2})).isEqualTo(525.0);
  }

  @Test
  void hotPath_allocatesNothing() {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
        "this JVM cannot count allocated bytes per thread");
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    Scorecard card = ScorecardFixtures.random(12, 5, ReasonCodeSettings.DEFAULT);
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    double[][] rows = new double[1000][];
    double[][] columns = new double[card.schema().size()][1000];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = ScorecardFixtures.randomValues(rnd, card.schema().size());
      for (int j = 0; j < columns.length; j++) {
        columns[j][i] = rows[i][j];
      }
    }
    ScoreHolder holder = card.newHolder();
    double[] out = new double[1000];
    long threadId = Thread.currentThread().getId();
    // Steady state: a per-call allocation would show in every pass of 1,000 calls, so the quietest of
    // ten passes must be zero. One pass alone can catch a one-off JIT or class-initialisation event.
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
