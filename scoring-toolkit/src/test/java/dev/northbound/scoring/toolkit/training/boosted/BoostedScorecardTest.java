package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.TrainingFailedException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assembled scorecard scores as the internal model; determinism; configuration checks. */
class BoostedScorecardTest {

  private static final BoostingConfig CONFIG = BoostingConfig.defaults().withBags(3)
      .withIdentity(new ModelIdentity("synthetic", "2", "tests",
          Instant.parse("2026-12-01T00:00:00Z"), Map.of("data.file", "synthetic")));

  private static void assertCardScoresAsTheModel(Dataset data, BoostedTrainingResult result,
      double[] model) {
    TabularInputs inputs = TabularInputs.derive(data);
    TabularRows rows = inputs.bind(data);
    Scorecard card = result.scorecard();
    ScoreHolder holder = card.newHolder();
    double[] values = new double[inputs.schema().size()];
    for (int r = 0; r < data.rows(); r++) {
      rows.fill(r, values);
      card.score(values, holder);
      assertThat(holder.points()).as("row %d", r).isCloseTo(model[r], within(1e-9));
    }
  }

  @Test
  void card_whenEveryShapeIsFlat_isATrainingFailureNotABadDefinition() {
    // One column holding one value: one bin, which centring sets to 0 points; nothing to score with.
    double[] x = new double[400];
    java.util.Arrays.fill(x, 7.0);
    boolean[] bad = new boolean[400];
    for (int i = 0; i < bad.length; i += 4) {
      bad[i] = true;
    }
    Dataset data = Dataset.of(java.util.List.of(dev.northbound.scoring.toolkit.data.NumericColumn.of("x", x)), bad);
    BoostingConfig config = CONFIG.withInteractions(0, 16).withThreads(2);
    assertThatThrownBy(() -> BoostedScorecardTrainer.create(config).card(data, TabularInputs.derive(data).schema()))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessage("no characteristic is left: every one of the 1 learnt a flat shape (0 points in every bin);"
            + " check minBinRows (10) and minSamplesLeaf (20) against the 400 rows");
  }

  @Test
  void train_scorecardScoresEveryRowAsTheAdditiveModel() {
    Dataset data = SyntheticAdditive.additive(3_000, 11).data();
    BoostingConfig config = CONFIG.withInteractions(0, 16).withThreads(2);
    BoostedTrainingResult result = BoostedScorecardTrainer.create(config).train(data);
    double[] model = BoostedScorecardTrainer.create(config).fit(data,
        TabularInputs.derive(data).schema()).model().scores(data);
    assertCardScoresAsTheModel(data, result, model);
    Scorecard card = result.scorecard();
    assertThat(card.characteristics()).extracting(c -> c.feature())
        .containsExactly("rising", "falling", "region", "noise");
    assertThat(card.characteristics().get(0).reasonEn()).isEqualTo("Rising lowered the score");
    assertThat(card.provenance().settings()).containsEntry("boosting.bags", "3")
        .containsEntry("data.file", "synthetic").doesNotContainKey("fit.l2")
        .doesNotContainKey("boosting.threads");
    assertThat(result.boostedCv().folds()).hasSize(5);
    assertThat(result.outOfFold().scores()).hasSize(data.rows());
  }

  @Test
  void train_withInteractions_scorecardScoresEveryRowAsTheAdditiveModel() {
    Dataset data = SyntheticAdditive.xor(3_000, 12).data();
    BoostingConfig config = CONFIG.withInteractions(2, 8).withThreads(2);
    BoostedTrainingResult result = BoostedScorecardTrainer.create(config).train(data);
    double[] model = BoostedScorecardTrainer.create(config).fit(data,
        TabularInputs.derive(data).schema()).model().scores(data);
    assertThat(result.interactions()).isNotEmpty();
    assertThat(result.scorecard().characteristics().stream().filter(c -> c.isInteraction()))
        .hasSize(result.interactions().size());
    assertCardScoresAsTheModel(data, result, model);
    var pair = result.scorecard().characteristics().stream().filter(c -> c.isInteraction())
        .findFirst().orElseThrow();
    assertThat(pair.reasonEn()).isEqualTo("A with b lowered the score");
    assertThat(pair.reasonZh()).isEqualTo("“a”与“b”的组合拉低了评分");
  }

  @Test
  void train_specialValueGetsItsOwnBinAndPoints() {
    // utilisation: -1 means "no revolving account" (a tenth of rows, true effect +1.0 on the
    // log-odds of bad); otherwise U(0, 1) with effect 2 (u - 0.5).
    java.util.SplittableRandom random = new java.util.SplittableRandom(21);
    int n = 5_000;
    double[] u = new double[n];
    boolean[] bad = new boolean[n];
    for (int r = 0; r < n; r++) {
      u[r] = random.nextDouble() < 0.1 ? -1 : Math.round(random.nextDouble() * 1000) / 1000.0;
      double z = -1.2 + (u[r] == -1 ? 1.0 : 2 * (u[r] - 0.5));
      bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-z));
    }
    Dataset data = Dataset.of(java.util.List.of(
        dev.northbound.scoring.toolkit.data.NumericColumn.of("utilisation", u)), bad);
    var special = dev.northbound.scoring.toolkit.training.Attribute.Special.of("no account", -1);
    BoostingConfig config = CONFIG.withInteractions(0, 16).withThreads(2).withTraining(
        dev.northbound.scoring.toolkit.training.TrainingConfig.builder()
            .specialValues("utilisation", java.util.List.of(special)).build());
    BoostedTrainingResult result = BoostedScorecardTrainer.create(config).train(data);
    Shape shape = result.shape("utilisation").orElseThrow();
    int at = shape.bins().indexOf(special);
    assertThat(at).isEqualTo(shape.bins().size() - 2); // before the missing bin
    assertThat(shape.rows().get(at)).isBetween(400L, 600L);
    // The special bin is riskier than the typical regular value: fewer points than the mean (0).
    assertThat(shape.points().get(at)).isLessThan(-10);
    assertThat(result.scorecard().characteristics().get(0).bins())
        .anyMatch(b -> b instanceof dev.northbound.scoring.models.scorecard.SpecialValueBin s
            && s.value() == -1 && s.points() == shape.points().get(at));
    double[] model = BoostedScorecardTrainer.create(config).fit(data,
        TabularInputs.derive(data).schema()).model().scores(data);
    assertCardScoresAsTheModel(data, result, model);
  }

  @Test
  void train_sameResultAndBytesWhateverTheThreads() {
    Dataset data = SyntheticAdditive.additive(3_000, 13).data();
    BoostingConfig one = CONFIG.withInteractions(0, 16).withThreads(1);
    BoostedTrainingResult a = BoostedScorecardTrainer.create(one).train(data);
    BoostedTrainingResult b = BoostedScorecardTrainer.create(one).train(data);
    BoostedTrainingResult c = BoostedScorecardTrainer.create(one.withThreads(2)).train(data);
    assertThat(b).isEqualTo(a);
    assertThat(ScorecardFiles.toBytes(c.scorecard())).isEqualTo(ScorecardFiles.toBytes(a.scorecard()));
    assertThat(c.shapes()).isEqualTo(a.shapes());
    assertThat(c.boostedCv()).isEqualTo(a.boostedCv());
    assertThat(c.outOfFold()).isEqualTo(a.outOfFold());
    assertThat(c.mainRounds()).isEqualTo(a.mainRounds());
  }

  @Test
  void fit_withInteractions_sameWhateverTheThreads() {
    Dataset data = SyntheticAdditive.xor(3_000, 14).data();
    var schema = TabularInputs.derive(data).schema();
    BoostedFit.Outcome one = BoostedScorecardTrainer.create(CONFIG.withThreads(1)).fit(data, schema);
    BoostedFit.Outcome two = BoostedScorecardTrainer.create(CONFIG.withThreads(2)).fit(data, schema);
    assertThat(two.interactions()).isEqualTo(one.interactions()).isNotEmpty();
    assertThat(two.shapes()).isEqualTo(one.shapes());
    assertThat(two.model().scores(data)).isEqualTo(one.model().scores(data));
  }

  @Test
  void config_rejectsOutOfRangeValues() {
    assertThatThrownBy(() -> BoostingConfig.defaults().withLearningRate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("learningRate is out of range; found 0.0");
    assertThatThrownBy(() -> BoostingConfig.defaults().withTrees(1, 20, 0.001))
        .hasMessage("maxLeaves is out of range; found 1.0");
    Dataset data = SyntheticAdditive.additive(500, 15).data();
    assertThatThrownBy(() -> BoostedScorecardTrainer.create(CONFIG.withMonotone(
        Map.of("region", dev.northbound.scoring.core.feature.RiskDirection.INCREASING)))
        .train(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monotone must name numeric characteristics; region is not one");
  }
}
