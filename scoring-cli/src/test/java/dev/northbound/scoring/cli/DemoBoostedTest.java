package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.report.shape.CharacteristicShape;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boosted willingness scorecard beside the WoE one, on a small portfolio run through the demo's
 * own steps; every figure is recomputed here from the scorecard itself, scored one applicant at a
 * time through {@link Scorecard#score(FeatureVector)}.
 */
class DemoBoostedTest {

  static final long SEED = 5;
  static FeatureSchema schema;
  static Dataset test;
  static double[][] columns;
  static DemoModels models;
  static DemoBoosted boosted;

  @BeforeAll
  static void train() {
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    FeatureExtractor extractor = StandardFeatures.extractor();
    schema = extractor.schema();
    DemoPortfolio portfolio = new DemoPortfolio(generator, SEED, extractor, at, java.util.Optional.empty());
    DemoPortfolio.Data data = portfolio.build(4000, n -> {});
    StratifiedSplit.TrainTest split = StratifiedSplit.trainTest(data.dataset(), 0.25, SEED);
    test = split.test();
    columns = new double[schema.size()][];
    for (int f = 0; f < schema.size(); f++) {
      columns[f] = ((NumericColumn) test.column(schema.name(f)).orElseThrow()).values();
    }
    models = DemoModels.train(split.train(), schema, SEED, at, () -> {});
    DemoEvaluation e = new DemoEvaluation(split.train(), split.test(), data, models, schema);
    boosted = DemoBoosted.of(e, models, test);
  }

  @Test
  void boosted_isTrainedOnTheWillingnessScorecardsDataFoldsAndSeed() {
    assertThat(models.boosted.dataFingerprint()).isEqualTo(models.willingnessTraining.dataFingerprint());
    assertThat(models.boosted.config().training()).isEqualTo(models.willingnessTraining.config());
    assertThat(models.boosted.boostedCv().folds()).hasSize(2);
    assertThat(models.boosted.scorecard().info().id()).isEqualTo("demo-willingness-boosted");
  }

  @Test
  void figures_areThoseOfEachScorecardScoredOnTheTestPart() {
    checkFigures(boosted.woe(), models.willingness);
    checkFigures(boosted.boosted(), models.boosted.scorecard());
    assertThat(boosted.woe().name()).isEqualTo("Willingness scorecard");
    assertThat(boosted.boosted().name()).isEqualTo("Boosted willingness scorecard");
    assertThat(boosted.challenger().name()).isEqualTo("XGBoost challenger");
    assertThat(boosted.challenger().size()).isEmpty();
  }

  private static void checkFigures(DemoBoosted.Model figures, Scorecard card) {
    int n = test.rows();
    double[] points = new double[n];
    double squared = 0;
    for (int r = 0; r < n; r++) {
      ScoreResult s = card.score(vector(r));
      points[r] = s.points();
      double y = test.bad()[r] ? 1 : 0;
      squared += (s.probabilityOfDefault() - y) * (s.probabilityOfDefault() - y);
    }
    assertThat(figures.auc()).as(figures.name()).isCloseTo(auc(points, test.bad()), within(1e-12));
    assertThat(figures.brier()).as(figures.name()).isCloseTo(squared / n, within(1e-12));
    // A useful scorecard beats predicting the bad rate for everyone, whose Brier score is p (1 - p).
    double p = test.badCount() / (double) n;
    assertThat(figures.brier()).as(figures.name()).isLessThan(p * (1 - p));
    int attributes = 0;
    for (Characteristic c : card.characteristics()) {
      attributes += c.isInteraction() ? c.firstAxis().size() * c.secondAxis().size() : c.bins().size();
    }
    assertThat(figures.size().orElseThrow().characteristics()).isEqualTo(card.characteristics().size());
    assertThat(figures.size().orElseThrow().attributes()).isEqualTo(attributes);
  }

  @Test
  void shapes_areCountedOnTheTestPart() {
    assertThat(boosted.shapes().rows()).isEqualTo(test.rows());
    assertThat(boosted.shapes().bads()).isEqualTo(test.badCount());
    List<CharacteristicShape> shapes = boosted.shapes().characteristics();
    assertThat(shapes).hasSize(models.boosted.scorecard().characteristics().size());
    assertThat(shapes.stream().filter(CharacteristicShape::isInteraction).count())
        .isEqualTo(boosted.interactions().size());
  }

  @Test
  void json_carriesTheFiguresAndNeverDecides() {
    Map<String, Object> json = DemoBoostedSection.json(boosted);
    assertThat(json.get("decides")).isEqualTo(false);
    assertThat(json.get("measuredOn")).isEqualTo("test");
    assertThat(json.get("shapesOn")).isEqualTo("test");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> m = (Map<String, Map<String, Object>>) json.get("models");
    assertThat(m.keySet()).containsExactly("Willingness scorecard", "Boosted willingness scorecard",
        "XGBoost challenger");
    assertThat(m.get("Boosted willingness scorecard").get("auc")).isEqualTo(boosted.boosted().auc());
    assertThat(m.get("XGBoost challenger")).doesNotContainKey("characteristics");
    assertThat(json.get("cvAuc")).isEqualTo(models.boosted.boostedCv().mean());
  }

  @Test
  void importance_isTheRowWeightedMeanOfAbsolutePoints() {
    Characteristic c = Characteristic.of("x", "X01", "x", "x", List.of(
        new IntervalBin(Double.NEGATIVE_INFINITY, false, 1, false, 2.0),
        new IntervalBin(1, true, Double.POSITIVE_INFINITY, false, -4.0), new MissingBin(0.5)));
    // 3 rows earn 2, 1 row -4, no row is missing: (3 * 2 + 1 * 4) / 4.
    CharacteristicShape shape = CharacteristicShape.of(c, new long[] {3, 1, 0}, new long[] {0, 1, 0});
    assertThat(DemoBoosted.importance(shape)).isEqualTo(2.5);
  }

  @Test
  void drawn_areTheMostImportantCharacteristicsAndEveryInteraction() {
    List<CharacteristicShape> all = boosted.byImportance();
    List<CharacteristicShape> drawn = boosted.drawn(3).characteristics();
    long singles = all.stream().filter(c -> !c.isInteraction()).count();
    assertThat(drawn).hasSize((int) (Math.min(3, singles) + boosted.interactions().size()));
    for (int k = 1; k < all.size(); k++) {
      assertThat(DemoBoosted.importance(all.get(k))).isLessThanOrEqualTo(DemoBoosted.importance(all.get(k - 1)));
    }
    double leastDrawn = drawn.stream().filter(c -> !c.isInteraction()).mapToDouble(DemoBoosted::importance).min()
        .orElseThrow();
    for (CharacteristicShape c : all) {
      if (!drawn.contains(c)) {
        assertThat(c.isInteraction()).isFalse();
        assertThat(DemoBoosted.importance(c)).isLessThanOrEqualTo(leastDrawn);
      }
    }
  }

  /** The test row as the extractor would give it: NaN for missing, with the reason "unavailable". */
  private static FeatureVector vector(int row) {
    double[] values = new double[schema.size()];
    byte[] missing = new byte[schema.size()];
    for (int f = 0; f < schema.size(); f++) {
      values[f] = columns[f][row];
      if (Double.isNaN(values[f])) {
        missing[f] = MissingReason.UNAVAILABLE.code();
      }
    }
    return FeatureVector.of(schema, values, missing);
  }

  /** The AUC by counting pairs: the share of (bad, good) pairs where the good scores higher, ties half. */
  private static double auc(double[] points, boolean[] bad) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < points.length; i++) {
      if (!bad[i]) {
        continue;
      }
      for (int j = 0; j < points.length; j++) {
        if (!bad[j]) {
          wins += points[j] > points[i] ? 1 : points[j] == points[i] ? 0.5 : 0;
          pairs++;
        }
      }
    }
    return wins / pairs;
  }
}
