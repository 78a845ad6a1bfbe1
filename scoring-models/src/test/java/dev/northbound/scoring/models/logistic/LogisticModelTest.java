package dev.northbound.scoring.models.logistic;

import dev.northbound.scoring.models.scorecard.RiskGrades;

import dev.northbound.scoring.models.scorecard.Scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.models.tribuo.SyntheticCredit;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

  private static final double EPS = 1e-9;
  private static final FeatureSchema SCHEMA = SyntheticCredit.schema("city_code", "dti_ratio", "on_time_share");
  private static final ReasonText DTI = ReasonText.of("C01", "Debt is high against income", "负债收入比偏高");
  private static final ReasonText ON_TIME = ReasonText.of("W01", "Bills were not always paid on time", "账单未能按时缴付");

  /**
   * intercept -2; dti_ratio raw, b = 3, bounds [0, 2], imputed 0.5, missing indicator 0.4;
   * on_time_share WoE, b = -1, bins (-inf,0.8) [0.8,0.95) [0.95,inf) with WoE -0.6, 0.1, 0.7 and
   * missing -0.3. Scaling 600 at 50:1, PDO 20: factor = 20/ln2 = 28.85390081777927, offset =
   * 600 - factor*ln 50 = 487.1228762045055. Grades A >= 560 > B >= 500 > C.
   */
  static LogisticModel model() {
    return LogisticModel.create(SCHEMA, new LogisticConfig("demo", "1", -2.0,
        List.of(RawInput.of("dti_ratio", 3.0, 0, 2, 0.5, 0.4, DTI),
            WoeInput.of("on_time_share", -1.0, List.of(0.8, 0.95), List.of(-0.6, 0.1, 0.7), -0.3, ON_TIME)),
        Scaling.of(600, 50, 20), RiskGrades.of(List.of("A", "B", "C"), List.of(560.0, 500.0))));
  }

  private static FeatureVector vector(double dti, double onTime) {
    double[] v = {1, dti, onTime};
    byte[] m = new byte[3];
    for (int i = 1; i < 3; i++) {
      if (Double.isNaN(v[i])) {
        m[i] = MissingReason.NO_HISTORY.code();
      }
    }
    return FeatureVector.of(SCHEMA, v, m);
  }

  @Test
  void score_handComputed() {
    // z = -2 + 3*0.4 + (-1)*0.1 = -0.9; PD = 1/(1+e^0.9) = 0.289050497374996;
    // points = offset + factor*0.9 = 513.0913869405068 -> grade B.
    ScoreResult r = model().score(vector(0.4, 0.9));
    assertThat(r.probabilityOfDefault()).isCloseTo(0.289050497374996, within(EPS));
    assertThat(r.points()).isCloseTo(513.0913869405068, within(EPS));
    assertThat(r.grade()).isEqualTo("B");
    assertThat(r.model().schemaFingerprint()).isEqualTo(SCHEMA.fingerprint());
  }

  @Test
  void score_partialScoresAddUpWithInterceptShare() {
    // share = (offset + 2*factor)/2 = 272.415338920032; dti: share - factor*1.2 = 237.79065793869688;
    // on_time: share - factor*(-0.1) = 275.30072900180994; sum = 513.0913869405068.
    List<PartialScore> p = model().score(vector(0.4, 0.9)).partialScores();
    assertThat(p).extracting(PartialScore::characteristic).containsExactly("dti_ratio", "on_time_share");
    assertThat(p).extracting(PartialScore::bin).containsExactly("value", "[0.8, 0.95)");
    assertThat(p.get(0).points()).isCloseTo(237.79065793869688, within(EPS));
    assertThat(p.get(1).points()).isCloseTo(275.30072900180994, within(EPS));
    assertThat(p.get(0).points() + p.get(1).points()).isCloseTo(513.0913869405068, within(EPS));
  }

  @Test
  void score_reasonsRankedByPointsBelowBest() {
    // dti best term = min(3*0, 3*2, 3*0.5+0.4) = 0 -> below = factor*1.2 = 34.624680981335125;
    // on_time best term = min(0.6, -0.1, -0.7, 0.3) = -0.7 -> below = factor*0.6 = 17.312340490667562.
    ScoreResult r = model().score(vector(0.4, 0.9));
    assertThat(r.reasonCodes()).hasSize(2);
    assertThat(r.reasonCodes().get(0).code()).isEqualTo("C01");
    assertThat(r.reasonCodes().get(0).pointsBelow()).isCloseTo(34.624680981335125, within(EPS));
    assertThat(r.reasonCodes().get(0).applicantValue()).isEqualTo("0.4 ratio");
    assertThat(r.reasonCodes().get(0).messageZh()).isEqualTo("负债收入比偏高");
    assertThat(r.reasonCodes().get(1).code()).isEqualTo("W01");
    assertThat(r.reasonCodes().get(1).pointsBelow()).isCloseTo(17.312340490667562, within(EPS));
  }

  @Test
  void score_atBestGivesNoReason() {
    // dti 0 and on_time 0.99 are each input's best: no reason.
    assertThat(model().score(vector(0, 0.99)).reasonCodes()).isEmpty();
  }

  @Test
  void probabilityOfDefault_missingValues_isTheHandComputedPd() {
    // As score_missingUsesImputedValueAndIndicator: z = 0.2, PD = 1 / (1 + e^-0.2) = 0.549833997312478.
    LogisticModel m = model();
    // The schema's first feature (city_code) is not an input: its value does not matter.
    assertThat(m.probabilityOfDefault(new double[] {1, Double.NaN, Double.NaN})).isCloseTo(0.549833997312478, within(EPS));
    assertThatThrownBy(() -> m.probabilityOfDefault(new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 3 values, found 2");
  }

  @Test
  void score_missingUsesImputedValueAndIndicator() {
    // dti missing: 3*0.5 + 0.4 = 1.9; on_time missing: -1*(-0.3) = 0.3; z = 0.2;
    // PD = 0.549833997312478; points = offset - factor*0.2 = 481.3520960409496 -> C.
    ScoreResult r = model().score(vector(Double.NaN, Double.NaN));
    assertThat(r.probabilityOfDefault()).isCloseTo(0.549833997312478, within(EPS));
    assertThat(r.points()).isCloseTo(481.3520960409496, within(EPS));
    assertThat(r.grade()).isEqualTo("C");
    assertThat(r.partialScores()).extracting(PartialScore::bin).containsExactly("missing", "missing");
    assertThat(r.reasonCodes().get(0).applicantValue()).isEqualTo("missing");
  }

  @Test
  void score_winsorisesToDeclaredBounds() {
    // dti 5 is capped at 2: same as dti 2.
    assertThat(model().score(vector(5, 0.9)).points()).isEqualTo(model().score(vector(2, 0.9)).points());
  }

  @Test
  void minAndMaxScore_fromWorstAndBestTerms() {
    // worst z = -2 + 6 + 0.6 = 4.6 -> 354.39493244272086; best z = -2 + 0 - 0.7 = -2.7 -> 565.0284084125095.
    assertThat(model().minScore()).isCloseTo(354.39493244272086, within(EPS));
    assertThat(model().maxScore()).isCloseTo(565.0284084125095, within(EPS));
  }

  @Test
  void sigmoid_stableAtPlusMinus800() {
    assertThat(LogisticModel.sigmoid(800)).isEqualTo(1.0);
    assertThat(LogisticModel.sigmoid(-800)).isEqualTo(0.0);
    assertThat(LogisticModel.sigmoid(0)).isEqualTo(0.5);
  }

  @Test
  void score_extremeLogOddsStayFinite() {
    // intercept 0, b = 1, value 800: z = 800, PD = 1, points = offset - factor*800 = -22596.0;
    // value -800: PD = 0, points = offset + factor*800.
    LogisticModel m = LogisticModel.create(SCHEMA, new LogisticConfig("x", "1", 0,
        List.of(RawInput.of("dti_ratio", 1, -1000, 1000, 0, 0, DTI)), Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A"), List.of())));
    ScoreHolder h = m.newHolder();
    m.score(new double[] {0, 800, 0}, h);
    assertThat(h.probabilityOfDefault()).isEqualTo(1.0);
    assertThat(h.points()).isCloseTo(487.1228762045055 - 28.85390081777927 * 800, within(1e-6));
    m.score(new double[] {0, -800, 0}, h);
    assertThat(h.probabilityOfDefault()).isEqualTo(0.0);
    assertThat(h.points()).isCloseTo(487.1228762045055 + 28.85390081777927 * 800, within(1e-6));
  }

  @Test
  void score_hotPathEqualsVectorPath() {
    LogisticModel m = model();
    ScoreHolder h = m.newHolder();
    m.score(new double[] {1, 0.4, 0.9}, h);
    ScoreResult r = m.score(vector(0.4, 0.9));
    assertThat(h.points()).isEqualTo(r.points());
    assertThat(h.reasonCount()).isEqualTo(2);
    assertThat(h.reasonCharacteristic(0)).isEqualTo(0);
    assertThat(h.bin(1)).isEqualTo(1);
  }

  @Test
  void score_tiesBrokenByInputOrderAndAtMostFour() {
    // Five raw inputs with b = 1 over [0, 1] on the same feature values: all lose factor*1 points.
    FeatureSchema s = SyntheticCredit.schema("a", "b", "c", "d", "e");
    List<LogisticInput> in = new java.util.ArrayList<>();
    for (String n : List.of("e", "d", "c", "b", "a")) {
      in.add(RawInput.of(n, n.equals("b") ? 2 : 1, 0, 1, 0, 0, ReasonText.of(n, n, n)));
    }
    LogisticModel m = LogisticModel.create(s, new LogisticConfig("t", "1", 0, in, Scaling.of(600, 50, 20),
        RiskGrades.of(List.of("A"), List.of())));
    ScoreResult r = m.score(FeatureVector.of(s, new double[] {1, 1, 1, 1, 1}, new byte[5]));
    // b loses 2*factor (first); then e, d, c in input order; a (fifth) is dropped.
    assertThat(r.reasonCodes()).extracting(rc -> rc.code()).containsExactly("b", "e", "d", "c");
  }

  @Test
  void score_otherSchemaRejected() {
    FeatureSchema other = SyntheticCredit.schema("dti_ratio", "on_time_share");
    FeatureVector v = FeatureVector.of(other, new double[] {0.1, 0.2}, new byte[2]);
    assertThatThrownBy(() -> model().score(v)).isInstanceOf(InvalidInputException.class)
        .hasMessage("/schemaFingerprint: must be the fingerprint of the model's schema;"
            + " found the fingerprint of another schema");
  }

  @Test
  void score_wrongLengthRejected() {
    assertThatThrownBy(() -> model().score(new double[2], model().newHolder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 3 values, found 2");
  }

  @Test
  void create_unknownFeature() {
    LogisticConfig c = new LogisticConfig("x", "1", 0, List.of(RawInput.of("income", 1, 0, 1, 0, 0, DTI)),
        Scaling.of(600, 50, 20), RiskGrades.of(List.of("A"), List.of()));
    assertThatThrownBy(() -> LogisticModel.create(SCHEMA, c)).isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/inputs/0/feature: must name a feature of the schema; found an unknown feature name");
  }

  @Test
  void scaling_publishedWorkedExample() {
    // Domain brief: 600 at 50:1, PDO 20 -> factor 28.8539, offset 487.1229; 100:1 -> 620.
    Scaling s = Scaling.of(600, 50, 20);
    assertThat(s.factor()).isCloseTo(28.8539, within(1e-4));
    assertThat(s.offset()).isCloseTo(487.1229, within(1e-4));
    assertThat(s.pointsForLogOddsBad(-Math.log(100))).isCloseTo(620, within(1e-9));
  }
}
