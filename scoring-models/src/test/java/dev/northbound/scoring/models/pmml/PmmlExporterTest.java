package dev.northbound.scoring.models.pmml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.ModelEvaluatorBuilder;
import org.jpmml.evaluator.scorecard.ComplexScorecardScore;
import org.junit.jupiter.api.Test;

/**
 * JPMML-Evaluator 1.6.11 (test scope, AGPL) as an independent oracle for the export. Its ranking
 * (ScorecardEvaluator + ComplexScorecardScore): points below are summed per reason code, entries
 * below zero removed, then sorted by points descending with a stable sort over the characteristics'
 * order; so ties go to the earlier characteristic, as ours do. It keeps codes with exactly zero points
 * below, which we drop (a characteristic at its best bin is no reason for a decline); those come after
 * every positive code, so our codes must be a prefix of JPMML's ranking and the rest must be zero.
 */
class PmmlExporterTest {

  private static final int VECTORS = 10_000;

  @Test
  void export_handBuiltCharacteristic() {
    String xml = PmmlExporter.toPmml(ScorecardFixtures.handBuilt());
    assertThat(xml).contains("""
        <Scorecard modelName="gba-willingness" functionName="regression" initialScore="500.0" \
        useReasonCodes="true" reasonCodeAlgorithm="pointsBelow" baselineMethod="max">""");
    assertThat(xml).contains("""
              <Characteristic name="dti_ratio" reasonCode="W01" baselineScore="30.0">
                <Attribute partialScore="-5.0">
                  <SimplePredicate field="dti_ratio" operator="isMissing"/>
                </Attribute>
                <Attribute partialScore="30.0">
                  <SimplePredicate field="dti_ratio" operator="lessOrEqual" value="0.3"/>
                </Attribute>
                <Attribute partialScore="15.0">
                  <CompoundPredicate booleanOperator="and">
                    <SimplePredicate field="dti_ratio" operator="greaterThan" value="0.3"/>
                    <SimplePredicate field="dti_ratio" operator="lessOrEqual" value="0.5"/>
                  </CompoundPredicate>
                </Attribute>
                <Attribute partialScore="0.0">
                  <SimplePredicate field="dti_ratio" operator="greaterThan" value="0.5"/>
                </Attribute>
              </Characteristic>
        """);
    assertThat(xml).contains("""
                <Attribute partialScore="10.0">
                  <CompoundPredicate booleanOperator="or">
                    <SimplePredicate field="housing" operator="equal" value="2.0"/>
                    <SimplePredicate field="housing" operator="equal" value="3.0"/>
                  </CompoundPredicate>
                </Attribute>
                <Attribute partialScore="5.0">
                  <True/>
                </Attribute>
        """);
    assertThat(xml).contains("<OutputField name=\"reason_code_4\" optype=\"categorical\" dataType=\"string\" "
        + "feature=\"reasonCode\" rank=\"4\"/>");
  }

  @Test
  void export_validatesAgainstPmml44Schema() throws Exception {
    PmmlDom.validate(PmmlExporter.toBytes(ScorecardFixtures.handBuilt()));
    PmmlDom.validate(PmmlExporter.toBytes(
        ScorecardFixtures.random(12, 3, ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 4))));
  }

  @Test
  void jpmml_agreesOnScoresAndReasons_maxBaseline() throws Exception {
    agree(ScorecardFixtures.random(12, 20261122L, ReasonCodeSettings.DEFAULT), 1L);
  }

  @Test
  void jpmml_agreesOnScoresAndReasons_otherBaseline() throws Exception {
    agree(ScorecardFixtures.random(12, 7L, ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 5)), 2L);
  }

  @Test
  void jpmml_agreesWithInteractions_maxBaseline() throws Exception {
    agree(ScorecardFixtures.randomWithInteractions(11L, ReasonCodeSettings.DEFAULT), 3L);
  }

  @Test
  void jpmml_agreesWithInteractions_otherBaselineManyReasons() throws Exception {
    agree(ScorecardFixtures.randomWithInteractions(12L,
        ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 6)), 4L);
  }

  @Test
  void export_interactionCellsAreAndOfAxes() throws Exception {
    Scorecard card = ScorecardFixtures.withInteractions(ReasonCodeSettings.DEFAULT);
    byte[] pmml = PmmlExporter.toBytes(card);
    PmmlDom.validate(pmml);
    String xml = new String(pmml, java.nio.charset.StandardCharsets.UTF_8);
    // age_years is only a partner: it is a data field and a mining field all the same.
    assertThat(xml).contains("<DataDictionary numberOfFields=\"4\">");
    assertThat(xml).contains("<MiningField name=\"age_years\" usageType=\"active\"");
    // The first cells: missing delinquency (rank 0) with missing dti, then with the intervals.
    assertThat(xml).contains("""
              <Characteristic name="months_since_delinquency × dti_ratio" reasonCode="W04" baselineScore="10.0">
                <Attribute partialScore="-10.0">
                  <CompoundPredicate booleanOperator="and">
                    <SimplePredicate field="months_since_delinquency" operator="isMissing"/>
                    <SimplePredicate field="dti_ratio" operator="isMissing"/>
                  </CompoundPredicate>
                </Attribute>
                <Attribute partialScore="0.0">
                  <CompoundPredicate booleanOperator="and">
                    <SimplePredicate field="months_since_delinquency" operator="isMissing"/>
                    <SimplePredicate field="dti_ratio" operator="lessOrEqual" value="0.3"/>
                  </CompoundPredicate>
                </Attribute>
        """);
    assertThat(xml).contains("""
                <Attribute partialScore="-4.0">
                  <CompoundPredicate booleanOperator="and">
                    <True/>
                    <SimplePredicate field="age_years" operator="lessThan" value="30.0"/>
                  </CompoundPredicate>
                </Attribute>
        """);
  }

  private static void agree(Scorecard card, long seed) throws Exception {
    byte[] pmml = PmmlExporter.toBytes(card);
    PmmlDom.validate(pmml);
    Evaluator evaluator = new ModelEvaluatorBuilder(PmmlDom.read(pmml)).build();
    evaluator.verify();
    String target = evaluator.getTargetFields().get(0).getName();
    SplittableRandom rnd = new SplittableRandom(seed);
    ScoreHolder holder = card.newHolder();
    int k = card.reasonCodeSettings().maxReasons();
    int ties = 0;
    int zeros = 0;
    for (int n = 0; n < VECTORS; n++) {
      double[] values = ScorecardFixtures.randomValues(rnd, card.schema().size());
      Map<String, Object> args = new LinkedHashMap<>();
      for (InputField field : evaluator.getInputFields()) {
        int i = card.schema().indexOf(field.getName()).orElseThrow();
        args.put(field.getName(), field.prepare(Double.isNaN(values[i]) ? null : values[i]));
      }
      Map<String, ?> results = evaluator.evaluate(args);
      card.score(values, holder);
      assertThat(((Number) results.get("score")).doubleValue()).isCloseTo(holder.points(), within(1e-9));

      List<String> ours = new ArrayList<>();
      for (int r = 0; r < holder.reasonCount(); r++) {
        ours.add(card.characteristics().get(holder.reasonCharacteristic(r)).reasonCode());
      }
      ComplexScorecardScore<?> score = (ComplexScorecardScore<?>) results.get(target);
      List<String> ranking = score.getReasonCodeRanking();
      Map<String, Double> points = new HashMap<>();
      score.getReasonCodePoints().forEach((code, value) -> points.put(code, value.doubleValue()));
      List<String> positive = ranking.stream().filter(code -> points.get(code) > 0).toList();
      assertThat(ours).as("vector %d", n).isEqualTo(positive.subList(0, Math.min(k, positive.size())));
      for (int r = 1; r <= k; r++) {
        Object code = results.get("reason_code_" + r);
        if (r <= ours.size()) {
          assertThat(code).as("vector %d rank %d", n, r).isEqualTo(ours.get(r - 1));
        } else if (code != null) {
          assertThat(points.get((String) code)).as("vector %d rank %d", n, r).isEqualTo(0.0);
        }
      }
      // Every code JPMML ranks carries the same points below as ours, zero ones included.
      for (String code : ranking) {
        int c = characteristicOf(card, code);
        Characteristic ch = card.characteristics().get(c);
        double baseline = card.reasonCodeSettings().mode() == ReasonCodeMode.POINTS_BELOW_MAX
            ? ch.maxPoints() : ch.baselineScore().orElseThrow();
        assertThat(points.get(code)).as("vector %d code %s", n, code).isCloseTo(baseline - holder.partial(c), within(1e-9));
        zeros += points.get(code) == 0.0 ? 1 : 0;
      }
      for (int r = 1; r < holder.reasonCount(); r++) {
        ties += holder.reasonPoints(r) == holder.reasonPoints(r - 1) ? 1 : 0;
      }
    }
    // The data must exercise tie-breaking and zero-point codes, or the comparison proves little.
    assertThat(ties).isGreaterThan(100);
    assertThat(zeros).isGreaterThan(100);
  }

  private static int characteristicOf(Scorecard card, String code) {
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.characteristics().get(c).reasonCode().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("JPMML ranked an unknown reason code");
  }
}
