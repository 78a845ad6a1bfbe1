package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of the training spec on German credit (credit-g.arff, bad = "bad", seed 42, 5 folds):
 * german-credit-spec.json excludes checking_status, fixes duration's cuts at 12, 24 and 36, makes
 * personal_status and foreign_worker protected, rounds points to integers and sets a p-value
 * ceiling of 0.05. The dropped list is the run's own, checked by hand: the six IVs below 0.02 and
 * property_magnitude, whose slope has p = 0.1260 in the fit on the eleven selected characteristics.
 */
class GermanCreditSpecTest {

  private static Dataset data;
  private static TrainingSpec spec;
  private static TrainingResult result;

  @BeforeAll
  static void train() throws IOException {
    data = SharedData.germanCredit();
    try (InputStream in = GermanCreditSpecTest.class.getResourceAsStream("german-credit-spec.json")) {
      spec = TrainingSpec.read(in.readAllBytes());
    }
    result = train(spec);
  }

  private static TrainingResult train(TrainingSpec s) {
    return ScorecardTrainer.create(s.toConfig().seed(42).build()).train(data);
  }

  private static BinningResult binning(TrainingResult r, String name) {
    return r.binnings().stream().filter(b -> b.characteristic().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void selectionThatLeavesNothing_assemblesNoScorecard_aTrainingFailureCountingTheDrops() {
    TrainingSpec none = TrainingSpec.read(("{\"format\": \"northbound.training-spec\", \"formatVersion\": 1,"
        + " \"selection\": {\"ivFloor\": 100}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // credit-g's 20 attributes all have an IV below 100 (the highest, checking_status, is 0.666)
    TabularInputs inputs = TabularInputs.derive(data);
    Dataset features = inputs.featureTable(data);
    TrainingResult nothing = train(none, features);
    assertThat(nothing.selection().selected()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorecardAssembler.assemble(nothing, features,
            inputs.schema(), new ModelIdentity("none", "1", "tests", java.time.Instant.EPOCH, Map.of())))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessage("no characteristic is left to fit: every one was dropped (20 LOW_IV); lower the IV"
            + " floor or relax the training spec's selection, or force a characteristic in");
  }

  @Test
  void fixedCuts_giveExactlyThoseBins() {
    assertThat(binning(result, "duration").attributes()).containsExactly(
        Attribute.Interval.closedOpen(Double.NEGATIVE_INFINITY, 12),
        Attribute.Interval.closedOpen(12, 24), Attribute.Interval.closedOpen(24, 36),
        Attribute.Interval.closedOpen(36, Double.POSITIVE_INFINITY), Attribute.Missing.INSTANCE);
    DraftCharacteristic duration = result.draft().characteristics().stream()
        .filter(c -> c.name().equals("duration")).findFirst().orElseThrow();
    assertThat(duration.attributes()).extracting(DraftAttribute::attribute)
        .isEqualTo(binning(result, "duration").attributes());
    // -factor * b * WoE rounded, factor = 20 / ln 2, b = -0.7442 (p 3.8e-5): 19.05, 1.74, -1.16, -16.68, 0
    assertThat(duration.attributes()).extracting(DraftAttribute::points)
        .containsExactly(19.0, 2.0, -1.0, -17.0, 0.0);
  }

  @Test
  void droppedList_hasTheSpecsReasons() {
    assertThat(result.selection().dropped())
        .extracting(SelectionReport.Dropped::characteristic, SelectionReport.Dropped::reason)
        .containsExactly(
            tuple("checking_status", SelectionReport.Reason.EXCLUDED_BY_SPEC),
            tuple("other_parties", SelectionReport.Reason.LOW_IV),
            tuple("existing_credits", SelectionReport.Reason.LOW_IV),
            tuple("job", SelectionReport.Reason.LOW_IV),
            tuple("own_telephone", SelectionReport.Reason.LOW_IV),
            tuple("residence_since", SelectionReport.Reason.LOW_IV),
            tuple("num_dependents", SelectionReport.Reason.LOW_IV),
            tuple("property_magnitude", SelectionReport.Reason.HIGH_P_VALUE));
    assertThat(result.selection().dropped().get(0).detail())
        .isEqualTo("the spec excludes it (IV 0.6660)");
    assertThat(result.selection().dropped().get(7).detail()).isEqualTo(
        "p-value 0.1260 is the highest and above the ceiling 0.0500; dropped and refitted");
    assertThat(result.selection().selected()).containsExactly("credit_history", "duration",
        "savings_status", "credit_amount", "purpose", "age", "employment", "housing",
        "other_payment_plans", "installment_commitment");
    assertThat(result.fit().slopes()).allSatisfy(c -> {
      assertThat(c.pValue()).isLessThanOrEqualTo(0.05);
      assertThat(c.estimate()).isNegative();
    });
    assertThat(result.selection().forced()).isEmpty();
    assertThat(result.selection().flagged()).isEmpty(); // only checking_status (excluded) has IV > 0.5
  }

  @Test
  void protectedAttributes_areNeverBinnedNorPredictors_andAreRecorded() {
    assertThat(result.protectedAttributes()).containsExactly("foreign_worker", "personal_status");
    assertThat(result.binnings()).extracting(BinningResult::characteristic)
        .doesNotContain("foreign_worker", "personal_status").hasSize(18);
    assertThat(result.draft().selected()).doesNotContain("foreign_worker", "personal_status");
  }

  @Test
  void integerPoints_everyAttributeAndTheInitialPointsAreWhole() {
    assertThat(result.draft().initialPoints()).isEqualTo(512.0);
    assertThat(result.draft().characteristics()).allSatisfy(c -> assertThat(c.attributes())
        .allSatisfy(a -> assertThat(a.points()).isEqualTo(Math.rint(a.points()))));
    // the PD of a score is the scaling's PD of the rounded total
    double score = result.draft().score(data, 0);
    assertThat(score).isEqualTo(Math.rint(score));
  }

  @Test
  void vif_isReportedForEverySelectedCharacteristic() {
    assertThat(result.vif().keySet()).containsExactlyElementsOf(result.selection().selected());
    assertThat(result.vif().get("duration")).isBetween(1.0, 1.3);
  }

  @Test
  void usedSpec_roundTripsExactly() {
    TrainingSpec used = result.usedSpec();
    assertThat(TrainingSpec.read(used.toBytes())).isEqualTo(used);
    assertThat(used.characteristics()).hasSize(18);
    assertThat(used.characteristic("duration").cuts()).contains(List.of(12.0, 24.0, 36.0));
    assertThat(used.characteristic("checking_status").role()).isEqualTo(CharacteristicSpec.Role.EXCLUDE);
    assertThat(used.characteristics().values()).allSatisfy(c -> assertThat(c.fixed()).isTrue());
    TrainingResult again = train(TrainingSpec.read(used.toBytes()));
    assertThat(bins(again)).isEqualTo(bins(result));
    assertThat(again.usedSpec().toBytes()).isEqualTo(used.toBytes());
    assertThat(again.draft().characteristics()).isEqualTo(result.draft().characteristics());
    assertThat(again.selection().dropped()).isEqualTo(result.selection().dropped());
  }

  @Test
  void usedSpec_editingOneCut_changesOnlyThatCharacteristicsBins() {
    TrainingSpec used = result.usedSpec();
    List<Double> ageCuts = used.characteristic("age").cuts().orElseThrow();
    assertThat(ageCuts).containsExactly(26.0, 35.0, 37.0, 39.0, 52.0);
    List<Double> edited = new ArrayList<>(ageCuts);
    edited.set(4, 60.0);
    Map<String, CharacteristicSpec> characteristics = new LinkedHashMap<>(used.characteristics());
    CharacteristicSpec age = used.characteristic("age");
    characteristics.put("age", new CharacteristicSpec(age.role(), age.kind(), age.trend(),
        age.maxBins(), age.minShare(), age.minBads(), age.minGoods(), age.specialValues(),
        Optional.of(edited), age.groups(), age.reasonCode(), age.reasonEn(), age.reasonZh()));
    TrainingResult again = train(used.withCharacteristics(characteristics));
    Map<String, List<WoeBin>> before = bins(result);
    Map<String, List<WoeBin>> after = bins(again);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      if (name.equals("age")) {
        assertThat(after.get(name)).isNotEqualTo(before.get(name));
        assertThat(binning(again, "age").attributes().get(5))
            .isEqualTo(Attribute.Interval.closedOpen(60, Double.POSITIVE_INFINITY));
      } else {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }
  }

  private static Map<String, List<WoeBin>> bins(TrainingResult r) {
    Map<String, List<WoeBin>> out = new LinkedHashMap<>();
    r.binnings().forEach(b -> out.put(b.characteristic(), b.bins()));
    return out;
  }

  /**
   * The training report of this run is the model development document of issue #17: bins, the
   * selection log with the spec's reasons, coefficients with VIF, performance, the protected
   * attributes as fairness segments (counted here from the raw column), provenance and the spec.
   */
  @Test
  @SuppressWarnings("unchecked")
  void report_ofTheSpecRun_showsEverySection() {
    TabularInputs inputs = TabularInputs.derive(data);
    Dataset features = inputs.featureTable(data);
    java.time.Instant at = java.time.Instant.parse("2026-11-22T00:00:00Z");
    TrainingResult run = train(spec, features);
    dev.northbound.scoring.models.scorecard.Scorecard card = ScorecardAssembler.assemble(run, features,
        inputs.schema(), new ModelIdentity("german-spec", "1", "tests", at, Map.of()));
    TrainingReport report = TrainingReport.of(run, card, at, Map.of("file", "credit-g.arff"), 0)
        .withTrainingData(features)
        .withSpec(new String(run.usedSpec().toBytes(), java.nio.charset.StandardCharsets.UTF_8));
    Map<String, Object> json = report.json();
    Map<String, Object> training = (Map<String, Object>) json.get("training");
    List<Map<String, Object>> fairness = (List<Map<String, Object>>) training.get("fairness");
    for (String attribute : List.of("personal_status", "foreign_worker")) {
      var column = (dev.northbound.scoring.toolkit.data.CategoricalColumn) features.column(attribute).orElseThrow();
      Map<String, long[]> expected = new LinkedHashMap<>();
      for (int r = 0; r < features.rows(); r++) {
        long[] counts = expected.computeIfAbsent(column.labels().get(column.code(r)), k -> new long[2]);
        counts[0]++;
        counts[1] += features.isBad(r) ? 1 : 0;
      }
      Map<String, long[]> reported = new LinkedHashMap<>();
      fairness.stream().filter(g -> g.get("attribute").equals(attribute)).forEach(g -> reported.put(
          (String) g.get("group"), new long[] {((Number) g.get("rows")).longValue(), ((Number) g.get("bads")).longValue()}));
      assertThat(reported.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      expected.forEach((group, counts) -> assertThat(reported.get(group)).as(attribute + " " + group).containsExactly(counts));
    }
    assertThat(fairness).allSatisfy(g -> assertThat(((Number) g.get("meanPd")).doubleValue()).isBetween(0.0, 1.0));
    String html = report.html().toHtml();
    assertThat(html).contains("Selection log").contains("EXCLUDED_BY_SPEC").contains("HIGH_P_VALUE")
        .contains("VIF").contains("Performance on the training data").contains("Protected attributes")
        .contains("Characteristic: duration").contains("Training spec used").contains("northbound.training-spec")
        .doesNotContain("IntervalBin[").doesNotContain("Bin[");
  }

  private static TrainingResult train(TrainingSpec s, Dataset on) {
    return ScorecardTrainer.create(s.toConfig().seed(42).build()).train(on);
  }
}
