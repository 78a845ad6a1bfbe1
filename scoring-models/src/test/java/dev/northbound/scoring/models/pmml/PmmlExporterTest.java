package dev.northbound.scoring.models.pmml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The export of cards over the standard features, checked against JPMML ({@link JpmmlOracle}). */
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
    JpmmlOracle oracle = new JpmmlOracle(card, PmmlExporter.toBytes(card));
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int n = 0; n < VECTORS; n++) {
      double[] values = ScorecardFixtures.randomValues(rnd, card.schema().size());
      oracle.check("vector " + n, values, name -> {
        double v = values[card.schema().indexOf(name).orElseThrow()];
        return Double.isNaN(v) ? null : v;
      });
    }
    // The data must exercise tie-breaking and zero-point codes, or the comparison proves little.
    assertThat(oracle.ties()).isGreaterThan(100);
    assertThat(oracle.zeros()).isGreaterThan(100);
  }
}
