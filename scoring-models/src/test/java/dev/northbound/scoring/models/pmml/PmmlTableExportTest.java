package dev.northbound.scoring.models.pmml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The export of a card trained on a table, with raw column names and labels, checked against JPMML
 * ({@link JpmmlOracle}) on raw rows: label strings, numbers, missing values and unseen labels, which
 * our engine codes {@code NaN} (as {@code TabularRows} does) and PMML treats as missing.
 */
class PmmlTableExportTest {

  private static final int ROWS = 10_000;
  private static final String UNSEEN = "unseen label";

  @Test
  void jpmml_agreesOnRawRows_maxBaseline() throws Exception {
    agree(TableCardFixture.card(ReasonCodeSettings.DEFAULT, 1L), 5L);
  }

  @Test
  void jpmml_agreesOnRawRows_otherBaselineManyReasons() throws Exception {
    agree(TableCardFixture.card(ReasonCodeSettings.of(ReasonCodeMode.POINTS_BELOW_BASELINE, 6), 2L), 6L);
  }

  @Test
  void export_namesRawColumnsAndExpressesCodesAsLabels() throws Exception {
    byte[] pmml = PmmlExporter.toBytes(TableCardFixture.card(ReasonCodeSettings.DEFAULT, 1L),
        TableCardFixture.inputs());
    PmmlDom.validate(pmml);
    String xml = new String(pmml, StandardCharsets.UTF_8);
    // Used columns only, in order of first use; age is only an interaction's axis.
    assertThat(xml).contains("<DataDictionary numberOfFields=\"6\">").doesNotContain("Unused")
        .doesNotContain("field=\"debt_ratio\"").doesNotContain("name=\"debt_ratio\" optype")
        .doesNotContain("field=\"checking_status\"");
    assertThat(xml).contains("""
            <DataField name="Debt Ratio" optype="continuous" dataType="double"/>
            <DataField name="Checking Status" optype="categorical" dataType="string">
              <Value value="&lt;0"/>
              <Value value="0&lt;=X&lt;200"/>
              <Value value="no checking"/>
              <Value value="&gt;=200"/>
            </DataField>
        """);
    assertThat(xml).contains("""
              <MiningField name="Debt Ratio" usageType="active" missingValueTreatment="asIs" invalidValueTreatment="asIs"/>
              <MiningField name="Checking Status" usageType="active" missingValueTreatment="asIs" \
        invalidValueTreatment="asMissing"/>
        """);
    // checking_status: a code, two codes, the missing bin, and the catch-all over every label.
    assertThat(xml).contains("""
              <Characteristic name="checking_status" reasonCode="T02" baselineScore="20.0">
                <Attribute partialScore="10.0">
                  <SimplePredicate field="Checking Status" operator="isMissing"/>
                </Attribute>
                <Attribute partialScore="0.0">
                  <SimplePredicate field="Checking Status" operator="equal" value="&lt;0"/>
                </Attribute>
                <Attribute partialScore="20.0">
                  <SimpleSetPredicate field="Checking Status" booleanOperator="isIn">
                    <Array n="2" type="string">"0&lt;=X&lt;200" "&gt;=200"</Array>
                  </SimpleSetPredicate>
                </Attribute>
                <Attribute partialScore="10.0">
                  <SimpleSetPredicate field="Checking Status" booleanOperator="isIn">
                    <Array n="4" type="string">"&lt;0" "0&lt;=X&lt;200" "no checking" "&gt;=200"</Array>
                  </SimpleSetPredicate>
                </Attribute>
              </Characteristic>
        """);
    // Labels a string array cannot carry: an or of equals.
    assertThat(xml).contains("""
                <Attribute partialScore="5.0">
                  <CompoundPredicate booleanOperator="or">
                    <SimplePredicate field="Purpose" operator="equal" value="say &quot;hi&quot;"/>
                    <SimplePredicate field="Purpose" operator="equal" value="back\\slash"/>
                  </CompoundPredicate>
                </Attribute>
        """);
    // grade: the special code 3 is "D", the interval [1.5, +inf) holds C and D.
    assertThat(xml).contains("""
                <Attribute partialScore="10.0">
                  <SimplePredicate field="Grade" operator="equal" value="D"/>
                </Attribute>
                <Attribute partialScore="25.0">
                  <SimpleSetPredicate field="Grade" booleanOperator="isIn">
                    <Array n="2" type="string">"A" "B"</Array>
                  </SimpleSetPredicate>
                </Attribute>
                <Attribute partialScore="5.0">
                  <SimpleSetPredicate field="Grade" booleanOperator="isIn">
                    <Array n="2" type="string">"C" "D"</Array>
                  </SimpleSetPredicate>
                </Attribute>
        """);
    // A column without labels: every value is unseen and scores as missing; no label is in the catch-all.
    assertThat(xml).contains("""
              <Characteristic name="empty" reasonCode="T05" baselineScore="7.0">
                <Attribute partialScore="3.0">
                  <True/>
                </Attribute>
                <Attribute partialScore="7.0">
                  <False/>
                </Attribute>
              </Characteristic>
        """);
    assertThat(xml).contains("<Characteristic name=\"checking_status × age\"")
        .contains("<SimplePredicate field=\"Age\" operator=\"lessThan\" value=\"30.0\"/>");
  }

  @Test
  void export_oneArgumentFormKeepsFeatureNames() {
    Scorecard card = TableCardFixture.card(ReasonCodeSettings.DEFAULT, 1L);
    String xml = PmmlExporter.toPmml(card);
    assertThat(xml).contains("<DataField name=\"checking_status\" optype=\"continuous\" dataType=\"double\"/>")
        .doesNotContain("Checking Status");
  }

  @Test
  void export_refusesInputsOfAnotherSchema() {
    Scorecard card = TableCardFixture.card(ReasonCodeSettings.DEFAULT, 1L);
    ModelInputs other = ModelInputs.of(List.of(InputColumn.numeric("Debt Ratio", "debt_ratio")));
    assertThatThrownBy(() -> PmmlExporter.toBytes(card, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the scorecard's schema");
  }

  @Test
  void export_refusesALabelWithALineBreak() {
    Scorecard card = TableCardFixture.card(ReasonCodeSettings.DEFAULT, 1L);
    List<InputColumn> columns = new java.util.ArrayList<>(TableCardFixture.inputs().columns());
    columns.set(4, InputColumn.categorical("Grade", "grade", List.of("A", "B", "C\nplus", "D")));
    assertThatThrownBy(() -> PmmlExporter.toBytes(card, ModelInputs.of(columns)))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessageContaining("/inputs/columns/4/labels/2")
        .hasMessageContaining("must hold no control character (tab, line break) to be exported as PMML")
        .hasMessageContaining("U+000A at 1");
  }

  private static void agree(Scorecard card, long seed) throws Exception {
    ModelInputs inputs = TableCardFixture.inputs();
    JpmmlOracle oracle = new JpmmlOracle(card, PmmlExporter.toBytes(card, inputs));
    assertThat(oracle.inputNames()).containsExactlyInAnyOrder("Debt Ratio", "Checking Status", "Purpose", "Age",
        "Grade", "Empty");
    SplittableRandom rnd = new SplittableRandom(seed);
    List<InputColumn> columns = inputs.columns();
    int unseen = 0;
    for (int n = 0; n < ROWS; n++) {
      double[] values = new double[columns.size()];
      Map<String, Object> raw = new HashMap<>();
      for (int j = 0; j < columns.size(); j++) {
        InputColumn column = columns.get(j);
        int kind = rnd.nextInt(10);
        if (kind == 0) {
          values[j] = Double.NaN; // missing: no value at all
        } else if (column.categorical()) {
          List<String> labels = column.labels().orElseThrow();
          if (kind == 1 || labels.isEmpty()) {
            values[j] = Double.NaN; // an unseen label scores as missing, as TabularRows codes it
            raw.put(column.name(), UNSEEN);
            unseen++;
          } else {
            int code = rnd.nextInt(labels.size());
            values[j] = code;
            raw.put(column.name(), labels.get(code));
          }
        } else {
          double[] edges = {0.3, 0.5, 30};
          values[j] = kind < 4 ? edges[rnd.nextInt(edges.length)] : rnd.nextDouble(-1, 80);
          raw.put(column.name(), values[j]);
        }
      }
      oracle.check("row " + n + " " + raw, values, raw::get);
    }
    assertThat(unseen).isGreaterThan(ROWS / 10);
    assertThat(oracle.ties()).isGreaterThan(100);
    assertThat(oracle.zeros()).isGreaterThan(100);
  }
}
