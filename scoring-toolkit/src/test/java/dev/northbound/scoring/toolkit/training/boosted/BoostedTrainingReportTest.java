package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.training.BoostingSpec;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boosted training report of German credit (seed 42, 5 folds, default boosting with at most 2
 * interactions, age protected): every number in {@code report.json} against the training result it
 * reports, or counted here from the rows. Skipped when the shared data is absent.
 */
class BoostedTrainingReportTest {

  static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");
  static final String SPEC = "{\"format\": \"northbound.training-spec\", \"formatVersion\": 1,"
      + " \"protectedAttributes\": [\"age\"]}";
  private static Dataset data;
  private static BoostedTrainingResult result;
  private static BoostedTrainingReport report;
  private static Map<String, Object> json;

  @BeforeAll
  static void train() {
    report = germanReport();
    json = report.json();
  }

  /** The report of German credit with 2 interactions, the training data and the spec. */
  static BoostedTrainingReport germanReport() {
    Dataset table = SharedData.germanCredit();
    data = TabularInputs.derive(table).featureTable(table);
    TrainingSpec spec = TrainingSpec.read(SPEC.getBytes(StandardCharsets.UTF_8));
    BoostingConfig config = BoostingConfig.of(spec.toConfig().seed(42).build(), BoostingSpec.defaults(),
        ModelIdentity.of("german-boosted", "1", "tests", AT)).withInteractions(2, 16);
    result = BoostedScorecardTrainer.create(config).train(data);
    return BoostedTrainingReport.of(result, result.scorecard(), AT,
        Map.of("file", "credit-g.arff", "format", "arff"), 0).withTrainingData(data).withSpec(SPEC);
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> node, String... path) {
    Object x = node;
    for (String key : path) {
      x = ((Map<String, Object>) x).get(key);
    }
    return x;
  }

  @Test
  void json_summaryNumbersAreTheResults() {
    assertThat(json.get("schemaVersion")).isEqualTo(1);
    assertThat(json.get("kind")).isEqualTo("boosted-training");
    assertThat(json.get("method")).isEqualTo("boosted additive scorecard");
    assertThat(json.get("generatedAt")).isEqualTo("2026-12-01T00:00:00Z");
    assertThat(at(json, "rows", "total")).isEqualTo(1000);
    assertThat(at(json, "rows", "bads")).isEqualTo(300L);
    assertThat(at(json, "rows", "goods")).isEqualTo(700L);
    assertThat(at(json, "rows", "excluded", "indeterminate")).isEqualTo(0L);
    assertThat(at(json, "metrics", "trainingAuc")).isEqualTo(result.trainingAuc());
    assertThat(at(json, "rounds", "main")).isEqualTo(result.mainRounds());
    assertThat(at(json, "rounds", "interactions")).isEqualTo(result.interactionRounds());
    assertThat(result.mainRounds()).hasSize(8);
    assertThat(at(json, "boosting", "bags")).isEqualTo(8);
    assertThat(at(json, "boosting", "maxInteractions")).isEqualTo(2);
    assertThat(at(json, "boosting", "learningRate")).isEqualTo(0.05);
    assertThat(at(json, "data", "fingerprint")).isEqualTo(data.fingerprint());
    assertThat(at(json, "spec", "protectedAttributes")).isEqualTo(List.of("age"));
  }

  @Test
  void json_cvFoldsAreTheResults() {
    assertThat(at(json, "cv", "auc", "folds")).isEqualTo(result.boostedCv().folds());
    assertThat(result.boostedCv().folds()).hasSize(5);
    double mean = result.boostedCv().folds().stream().mapToDouble(Double::doubleValue).sum() / 5;
    assertThat(at(json, "cv", "auc", "mean")).isEqualTo(mean);
    assertThat(at(json, "cv", "k")).isEqualTo(5);
    assertThat(at(json, "cv", "seed")).isEqualTo(42L);
    assertThat(json.get("challengers")).isEqualTo(List.of());
    assertThat(json).doesNotContainKey("challenger");
    assertThat(json.get("notes")).asList().contains("No challenger was cross-validated.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_interactionsAreTheResultsWithTheirImportance() {
    List<Map<String, Object>> pairs = (List<Map<String, Object>>) json.get("interactions");
    assertThat(pairs).hasSize(2);
    for (int p = 0; p < 2; p++) {
      Interaction i = result.interactions().get(p);
      assertThat(pairs.get(p)).containsEntry("first", i.first()).containsEntry("second", i.second())
          .containsEntry("fastGain", i.fastGain())
          .containsEntry("cells", List.of(i.firstAxis().size(), i.secondAxis().size()));
      double sum = 0;
      long rows = 0;
      for (int c = 0; c < i.rows().size(); c++) {
        sum += i.rows().get(c) * Math.abs(i.points().get(c));
        rows += i.rows().get(c);
      }
      assertThat(rows).isEqualTo(1000);
      assertThat((Double) pairs.get(p).get("importance")).isCloseTo(sum / rows, within(1e-12));
    }
    assertThat(result.interactions().get(0).fastGain())
        .isGreaterThanOrEqualTo(result.interactions().get(1).fastGain());
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_characteristicsInCardOrderWithImportance() {
    List<Map<String, Object>> list = (List<Map<String, Object>>) json.get("characteristics");
    List<Characteristic> card = result.scorecard().characteristics();
    assertThat(list).extracting(c -> c.get("name"))
        .containsExactlyElementsOf(card.stream().map(Characteristic::name).toList());
    assertThat(list.stream().filter(c -> (Boolean) c.get("interaction")).count()).isEqualTo(2);
    for (int k = 0; k < card.size(); k++) {
      Characteristic c = card.get(k);
      Map<String, Object> node = list.get(k);
      assertThat(node).containsEntry("reasonCode", c.reasonCode())
          .containsEntry("bins", c.bins().size()).containsEntry("minPoints", c.minPoints())
          .containsEntry("maxPoints", c.maxPoints());
      if (!c.isInteraction()) {
        Shape s = result.shape(c.feature()).orElseThrow();
        double sum = 0;
        for (int b = 0; b < s.rows().size(); b++) {
          sum += s.rows().get(b) * Math.abs(s.points().get(b));
        }
        assertThat((Double) node.get("importance")).isCloseTo(sum / 1000, within(1e-12));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_shapeCountsSumToTheRows() {
    List<Map<String, Object>> shapes = (List<Map<String, Object>>) at(json, "shapes", "characteristics");
    assertThat(shapes).hasSize(result.scorecard().characteristics().size());
    for (Map<String, Object> shape : shapes) {
      List<Map<String, Object>> bins = (List<Map<String, Object>>) shape.get("bins");
      assertThat(bins.stream().mapToLong(b -> (Long) b.get("count")).sum()).as("%s", shape.get("name"))
          .isEqualTo(1000);
      assertThat(bins.stream().mapToLong(b -> (Long) b.get("bads")).sum()).isEqualTo(300);
    }
    Map<String, Object> pair = shapes.stream().filter(s -> (Boolean) s.get("interaction")).findFirst()
        .orElseThrow();
    Interaction first = result.interactions().get(0);
    assertThat(pair.get("name")).isEqualTo(first.first() + " × " + first.second());
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_heldOutIsTheOutOfFoldPoints() {
    double[] points = result.outOfFold().scores();
    double auc = Discrimination.auc(points, data.bad(), ScoreOrientation.HIGHER_IS_BETTER);
    assertThat(at(json, "heldOut", "auc")).isEqualTo(auc);
    assertThat((Double) at(json, "heldOut", "gini")).isCloseTo(2 * auc - 1, within(1e-15));
    List<Map<String, Object>> calibration = (List<Map<String, Object>>) at(json, "heldOut", "calibration");
    assertThat(calibration.stream().mapToLong(b -> (Long) b.get("rows")).sum()).isEqualTo(1000);
    assertThat(calibration.stream().mapToLong(b -> (Long) b.get("bads")).sum()).isEqualTo(300);
    // held-out AUC pooled over the folds sits near the mean of the per-fold AUCs, below the in-sample one
    assertThat(auc).isBetween(result.boostedCv().mean() - 0.03, result.trainingAuc());
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_fairnessGroupsOfTheProtectedAttributeCoverEveryRow() {
    List<Map<String, Object>> groups = (List<Map<String, Object>>) json.get("fairness");
    assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(g.get("attribute")).isEqualTo("age"));
    assertThat(groups.stream().mapToLong(g -> (Long) g.get("rows")).sum()).isEqualTo(1000);
    assertThat(groups.stream().mapToLong(g -> (Long) g.get("bads")).sum()).isEqualTo(300);
    assertThat(result.scorecard().characteristics()).noneMatch(c -> c.feature().equals("age")
        || c.partner().filter("age"::equals).isPresent());
  }

  @Test
  void html_sectionsInOrder() {
    List<String> headings = report.html().toHtml().lines().filter(l -> l.contains("<h2"))
        .map(l -> l.replaceAll("<[^>]+>", "").strip()).toList();
    List<String> shapes = result.scorecard().characteristics().stream()
        .map(c -> "Shape: " + c.name()).toList();
    List<String> expected = new java.util.ArrayList<>(List.of("Summary", "Cross-validation",
        "Held-out performance (cross-validated predictions)", "Interactions", "Scorecard"));
    expected.addAll(shapes);
    expected.addAll(List.of("Protected attributes", "Data and provenance", "Training spec used"));
    assertThat(headings).containsExactlyElementsOf(expected);
    assertThat(report.html().chartNames()).startsWith("cv-auc", "heldout-roc", "heldout-ks",
        "heldout-calibration", "importance");
  }

  @Test
  void withoutTrainingData_sectionsNeedingRowsAreLeftOutWithANote() {
    BoostedTrainingReport bare = BoostedTrainingReport.of(result, result.scorecard(), AT, Map.of(), 3);
    Map<String, Object> j = bare.json();
    assertThat(j).doesNotContainKeys("heldOut", "shapes", "fairness", "spec");
    assertThat(j.get("notes")).asList().contains(BoostedTrainingReportHtml.NO_ROWS);
    assertThat(at(j, "rows", "excluded", "indeterminate")).isEqualTo(3L);
    assertThat(bare.html().toHtml()).contains("Sections that need the training rows")
        .doesNotContain("Shape: ").doesNotContain("Held-out performance");
  }

  @Test
  void of_rejectsBadArguments() {
    assertThatThrownBy(() -> BoostedTrainingReport.of(result, result.scorecard(), AT, Map.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indeterminate must not be negative; found -1");
    Dataset other = data.select(java.util.stream.IntStream.range(0, 999).toArray());
    assertThatThrownBy(() -> BoostedTrainingReport.of(result, result.scorecard(), AT, Map.of(), 0)
        .withTrainingData(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the data is not the training data: fingerprint ");
    assertThatThrownBy(() -> report.withSpec("[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the training spec must be a JSON object");
  }

  @Test
  void json_aggregatesOnly() {
    // no list as long as the data (a row-level column) anywhere; the ROC has at most 101 points
    assertThat(longestList(json)).isLessThanOrEqualTo(101);
    assertThat(report.html().toHtml()).doesNotContain("IntervalBin[").doesNotContain("<script");
  }

  private static int longestList(Object node) {
    if (node instanceof Map<?, ?> map) {
      return map.values().stream().mapToInt(BoostedTrainingReportTest::longestList).max().orElse(0);
    }
    if (node instanceof List<?> list) {
      return Math.max(list.size(),
          list.stream().mapToInt(BoostedTrainingReportTest::longestList).max().orElse(0));
    }
    return 0;
  }
}
