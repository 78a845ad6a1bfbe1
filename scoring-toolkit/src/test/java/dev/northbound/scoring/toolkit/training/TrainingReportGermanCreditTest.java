package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training report of German credit (seed 42, default configuration, no challengers) as a
 * model development document: bin tables checked against counts taken here from the raw columns,
 * VIF against tools/reference/vif_reference.py (statsmodels), no raw record text in the page.
 */
class TrainingReportGermanCreditTest {

  static final Instant AT = Instant.parse("2026-11-22T00:00:00Z");
  static final String SPEC = "{\"version\": 1, \"characteristics\": {\"checking_status\":"
      + " {\"reasonText\": {\"en\": \"Checking account status\", \"zh\": \"支票账户状态\"}}}}";
  private static Dataset data;
  private static TrainingResult result;
  private static TrainingReport report;

  @BeforeAll
  static void train() {
    report = germanReport();
  }

  static TrainingReport germanReport() {
    Dataset table = SharedData.germanCredit();
    TabularInputs inputs = TabularInputs.derive(table);
    data = inputs.featureTable(table);
    result = ScorecardTrainer.create(TrainingConfig.builder().seed(42).build()).train(data);
    Scorecard card = ScorecardAssembler.assemble(result, data, inputs.schema(),
        new ModelIdentity("german", "1", "tests", AT, Map.of("data.file", "credit-g.arff")));
    return TrainingReport.of(result, card, AT, Map.of("file", "credit-g.arff"), 0)
        .withTrainingData(data).withSpec(SPEC);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> characteristic(String name) {
    return ((List<Map<String, Object>>) report.json().get("characteristics")).stream()
        .filter(c -> c.get("name").equals(name)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> bins(String name) {
    return (List<Map<String, Object>>) characteristic(name).get("bins");
  }

  @Test
  void json_numericBinRowMatchesTheRawColumn() {
    BinningResult duration = result.binnings().stream()
        .filter(b -> b.characteristic().equals("duration")).findFirst().orElseThrow();
    Attribute.Interval first = (Attribute.Interval) duration.bins().get(0).attribute();
    NumericColumn column = (NumericColumn) data.column("duration").orElseThrow();
    long count = 0;
    long bads = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (first.contains(column.value(r))) {
        count++;
        bads += data.isBad(r) ? 1 : 0;
      }
    }
    long totalBads = data.badCount();
    long totalGoods = data.rows() - totalBads;
    double woe = Math.log(((count - bads) / (double) totalGoods) / (bads / (double) totalBads));
    Map<String, Object> row = bins("duration").get(0);
    assertThat(row.get("range")).isEqualTo("< " + BinLabels.number(first.upper()));
    assertThat(row.get("count")).isEqualTo(count);
    assertThat(row.get("bads")).isEqualTo(bads);
    assertThat(row.get("goods")).isEqualTo(count - bads);
    assertThat((Double) row.get("share")).isCloseTo(count / 1000.0, within(1e-15));
    assertThat((Double) row.get("woe")).isCloseTo(woe, within(1e-12));
    // German credit has 300 bads in 1,000 rows.
    assertThat(totalBads).isEqualTo(300);
  }

  @Test
  void json_categoricalGroupMatchesTheRawColumn() {
    BinningResult checking = result.binnings().stream()
        .filter(b -> b.characteristic().equals("checking_status")).findFirst().orElseThrow();
    Attribute.Categories group = (Attribute.Categories) checking.bins().get(0).attribute();
    CategoricalColumn column = (CategoricalColumn) data.column("checking_status").orElseThrow();
    long count = 0;
    long bads = 0;
    for (int r = 0; r < data.rows(); r++) {
      if (!column.isMissing(r) && group.labels().contains(column.labels().get(column.code(r)))) {
        count++;
        bads += data.isBad(r) ? 1 : 0;
      }
    }
    Map<String, Object> row = bins("checking_status").get(0);
    assertThat(row.get("range")).isEqualTo("{" + String.join(", ", group.labels()) + "}");
    assertThat(row.get("count")).isEqualTo(count);
    assertThat(row.get("bads")).isEqualTo(bads);
    assertThat((Double) row.get("badRate")).isCloseTo(bads / (double) count, within(1e-15));
  }

  @Test
  void json_vifMatchesStatsmodels() {
    // /usr/bin/python3 tools/reference/vif_reference.py ../shared <this report's report.json>
    Map<String, Double> reference = new java.util.LinkedHashMap<>();
    reference.put("checking_status", 1.14517617195208);
    reference.put("credit_history", 1.1170017645019);
    reference.put("duration", 1.27108176538946);
    reference.put("savings_status", 1.07712072336941);
    reference.put("credit_amount", 1.25663763121258);
    reference.put("purpose", 1.03530927910733);
    reference.put("age", 1.1138028365203);
    reference.put("property_magnitude", 1.33193132531202);
    reference.put("employment", 1.10007609761981);
    reference.put("housing", 1.23185039082308);
    reference.put("other_payment_plans", 1.0577829620381);
    reference.put("personal_status", 1.10604668563708);
    reference.put("installment_commitment", 1.10496286341183);
    assertThat(reference.keySet()).containsExactlyElementsOf(result.selection().selected());
    reference.forEach((name, vif) -> assertThat((Double) characteristic(name).get("vif"))
        .as(name).isCloseTo(vif, within(1e-11)));
    assertThat(characteristic("job")).doesNotContainKey("vif");
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_trainingPerformanceAndSelectionLog() {
    Map<String, Object> json = report.json();
    Map<String, Object> training = (Map<String, Object>) json.get("training");
    assertThat((Double) training.get("auc")).isCloseTo(result.trainingAuc(), within(1e-12));
    assertThat((List<Object>) training.get("roc")).hasSizeLessThanOrEqualTo(101).hasSizeGreaterThan(2);
    assertThat((List<Object>) training.get("calibration")).hasSize(10);
    Map<String, Object> selection = (Map<String, Object>) json.get("selection");
    List<Map<String, Object>> log = (List<Map<String, Object>>) selection.get("log");
    assertThat(log).hasSize(result.binnings().size());
    assertThat(log.stream().filter(e -> e.get("decision").equals("dropped")))
        .hasSize(result.selection().dropped().size())
        .allMatch(e -> e.get("reason").equals("LOW_IV"));
    assertThat(((Map<String, Object>) json.get("spec")).get("version")).isEqualTo(1);
    assertThat(((Map<String, Object>) json.get("model")).get("dataFingerprint"))
        .isEqualTo(data.fingerprint());
  }

  @Test
  void html_noRecordTextAndEverySection() {
    String html = report.html().toHtml();
    assertThat(html).doesNotContain("Bin[").doesNotContain("IntervalBin[")
        .doesNotContain("CategoricalBin[").doesNotContain("Interval[")
        .doesNotContain("Categories[").doesNotContain("Infinity");
    assertThat(html).contains("Selection log", "Coefficients", "Performance on the training data",
        "Characteristic: duration", "Data and provenance", "Training spec used", "支票账户状态",
        "@media print");
    assertThat(report.html().chartNames()).contains("training-roc", "training-ks",
        "training-calibration");
  }

  @Test
  void withTrainingData_otherData_rejected() {
    Dataset other = data.select(new int[] {0, 1, 2});
    assertThatThrownBy(() -> report.withTrainingData(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the data is not the training data: fingerprint ");
  }

  @Test
  void withSpec_notAnObject_rejected() {
    assertThatThrownBy(() -> report.withSpec("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the training spec must be a JSON object");
  }
}
