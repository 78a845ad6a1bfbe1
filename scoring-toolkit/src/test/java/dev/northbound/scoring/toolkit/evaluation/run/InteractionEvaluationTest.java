package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import dev.northbound.scoring.toolkit.data.CreditFileLine;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluating and monitoring a card with interaction characteristics: the synthetic card plus the
 * interaction of its first two features and one of its third feature with a partner that is no
 * characteristic of its own. Rows per cell and the metrics equal scoring the lines one by one.
 */
class InteractionEvaluationTest {

  private static final int LINES = 500;

  @TempDir static Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void evaluate_cardWithInteractions_countsCellsAndMatchesSequentialScoring() throws Exception {
    Scorecard card = withInteractions(SyntheticEvaluationData.scorecard());
    List<String> lines = EvaluationFixtures.generated(LINES);
    Path data = EvaluationFixtures.write(dir, "interactions.jsonl", lines);
    EvaluationReport report = EvaluationRun.evaluate(card, EvaluationFixtures.source(data),
        EvaluationFixtures.settings(), ProgressListener.NONE);

    int n = card.characteristics().size();
    List<long[]> expectedRows = new ArrayList<>();
    for (Characteristic ch : card.characteristics()) {
      expectedRows.add(new long[ch.bins().size()]);
    }
    List<Double> points = new ArrayList<>();
    List<Boolean> bads = new ArrayList<>();
    ScoreHolder holder = card.newHolder();
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      CreditFileLine line = CreditFileLines.parse(i + 1, bytes, bytes.length);
      if (line.outcome() == PerformanceOutcome.INDETERMINATE) {
        continue;
      }
      CreditFile file = CreditFileReader.standard().readUnverified(line.documentBytes());
      double[] v = StandardFeatures.extractor().extract(file, new ExtractionContext(
          file.application().applicationDate(), EvaluationFixtures.CNY, EvaluationFixtures.RATES)).toArray();
      card.score(v, holder);
      points.add(holder.points());
      bads.add(line.outcome() == PerformanceOutcome.BAD);
      for (int c = 0; c < n; c++) {
        expectedRows.get(c)[holder.bin(c)]++;
      }
    }
    double[] scores = points.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] bad = new boolean[bads.size()];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = bads.get(i);
    }
    assertThat(report.rowsScored()).isEqualTo(scores.length);
    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat((double) metrics.get("auc"))
        .isCloseTo(Discrimination.auc(scores, bad, ScoreOrientation.HIGHER_IS_BETTER), within(1e-12));

    List<Map<String, Object>> chars = (List<Map<String, Object>>) report.data().get("characteristics");
    assertThat(chars).hasSize(n);
    Set<Integer> cellsHit = new HashSet<>();
    for (int c = 0; c < n; c++) {
      Characteristic ch = card.characteristics().get(c);
      assertThat(chars.get(c).get("feature")).isEqualTo(ch.feature());
      assertThat(chars.get(c).get("partner")).isEqualTo(ch.partner().orElse(null));
      List<Map<String, Object>> bins = (List<Map<String, Object>>) chars.get(c).get("bins");
      assertThat(bins).hasSize(ch.bins().size());
      for (int b = 0; b < bins.size(); b++) {
        assertThat(bins.get(b).get("label")).isEqualTo(ch.bins().get(b).label());
        assertThat(bins.get(b).get("rows")).as("%s bin %d", ch.name(), b).isEqualTo(expectedRows.get(c)[b]);
        if (ch.isInteraction() && expectedRows.get(c)[b] > 0) {
          cellsHit.add(c * 1000 + b);
        }
      }
    }
    // The data reach several cells of each interaction, or the counts prove little.
    assertThat(cellsHit.stream().filter(k -> k / 1000 == n - 2).count()).isGreaterThan(3);
    assertThat(cellsHit.stream().filter(k -> k / 1000 == n - 1).count()).isGreaterThan(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void monitor_cardWithInteractions_csiPerCharacteristicName() throws Exception {
    Scorecard card = withInteractions(SyntheticEvaluationData.scorecard());
    Path data = EvaluationFixtures.write(dir, "same.jsonl", EvaluationFixtures.generated(300));
    EvaluationReport report = MonitoringRun.monitor(card, EvaluationFixtures.source(data),
        EvaluationFixtures.source(data), EvaluationFixtures.settings(), ProgressListener.NONE);
    Map<String, Object> csi = (Map<String, Object>) ((Map<String, Object>) report.data().get("metrics")).get("csi");
    List<String> names = card.characteristics().stream().map(Characteristic::name).toList();
    assertThat(csi.keySet()).containsExactlyElementsOf(names);
    assertThat(csi.values()).containsOnly(0.0);
    Map<String, Object> stability = (Map<String, Object>) report.data().get("stability");
    Map<String, Object> byCharacteristic = (Map<String, Object>) stability.get("characteristics");
    Characteristic last = card.characteristics().get(names.size() - 1);
    List<Map<String, Object>> bins = (List<Map<String, Object>>) ((Map<String, Object>) byCharacteristic
        .get(last.name())).get("bins");
    Set<String> cellLabels = new HashSet<>();
    last.bins().forEach(b -> cellLabels.add(b.label()));
    assertThat(bins).isNotEmpty().allSatisfy(b -> assertThat(cellLabels).contains((String) b.get("label")));
  }

  /** {@code base} plus interactions 0 × 1 and 2 × (a schema feature that is no characteristic). */
  static Scorecard withInteractions(Scorecard base) {
    ScorecardBuilder b = Scorecard.builder(base.schema()).id(base.info().id() + "-interactions").version("1")
        .initialScore(base.initialScore()).scaling(base.scaling()).grades(base.riskGrades())
        .reasonCodes(base.reasonCodeSettings()).provenance(base.provenance());
    base.characteristics().forEach(b::addCharacteristic);
    List<Characteristic> chars = base.characteristics();
    Set<String> used = new HashSet<>();
    chars.forEach(c -> used.add(c.feature()));
    String outsider = base.schema().definitions().stream().map(d -> d.name()).filter(x -> !used.contains(x))
        .findFirst().orElseThrow();
    List<Bin> first = axis(chars.get(0).bins());
    List<Bin> second = axis(chars.get(1).bins());
    b.addCharacteristic(Characteristic.interaction(chars.get(0).feature(), chars.get(1).feature(), "X1",
        "Interaction one", "交互一", first, second, points(first.size(), second.size())));
    List<Bin> third = axis(chars.get(2).bins());
    List<Bin> partner = List.of(Bin.missing(0), Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 0),
        Bin.closedOpen(1, Double.POSITIVE_INFINITY, 0));
    b.addCharacteristic(Characteristic.interaction(chars.get(2).feature(), outsider, "X2", "Interaction two",
        "交互二", third, partner, points(third.size(), partner.size())));
    return b.build();
  }

  private static double[][] points(int rows, int columns) {
    double[][] p = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        p[i][j] = 5 * ((i * 7 + j * 3) % 5) - 10;
      }
    }
    return p;
  }

  private static List<Bin> axis(List<Bin> bins) {
    List<Bin> axis = new ArrayList<>();
    for (Bin bin : bins) {
      if (bin instanceof IntervalBin i) {
        axis.add(Bin.interval(i.lower(), i.lowerClosed(), i.upper(), i.upperClosed(), 0));
      } else if (bin instanceof SpecialValueBin s) {
        axis.add(Bin.special(s.value(), s.name(), 0));
      } else if (bin instanceof CategoricalBin cat) {
        axis.add(Bin.categorical(cat.label(), cat.codes(), 0));
      } else {
        axis.add(Bin.missing(0));
      }
    }
    return axis;
  }
}
