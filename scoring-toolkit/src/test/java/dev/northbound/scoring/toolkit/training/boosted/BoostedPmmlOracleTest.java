package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.pmml.PmmlDom;
import dev.northbound.scoring.models.pmml.PmmlExporter;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import dev.northbound.scoring.toolkit.training.Attribute;
import dev.northbound.scoring.toolkit.training.BinningConstraints;
import dev.northbound.scoring.toolkit.training.SelectionSpec;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.ModelEvaluatorBuilder;
import org.jpmml.evaluator.scorecard.ComplexScorecardScore;
import org.junit.jupiter.api.Test;

/**
 * Boosted cards with interactions trained on real credit data (German credit, Australian credit;
 * skipped when the shared data is absent), exported to PMML and evaluated by JPMML-Evaluator (test
 * scope, AGPL) as an independent oracle: on every row of the data, and on copies of rows with a
 * missing value in every column in turn, with an interaction's features missing, with unknown
 * category codes, far-out numbers and special values, JPMML's score equals the card's points to
 * 1e-9 and its reason codes are ours (see the scoring-models {@code PmmlExporterTest} for how
 * JPMML ranks them: our codes are the positive prefix of its ranking).
 */
class BoostedPmmlOracleTest {

  /** A code no categorical dictionary of these tables holds: it scores as missing. */
  private static final double UNKNOWN_CODE = 99;

  private static final BoostingConfig CONFIG =
      BoostingConfig.defaults().withInteractions(3, 8).withThreads(2).withBags(2);

  private static Dataset features(Dataset table) {
    return TabularInputs.derive(table).featureTable(table);
  }

  private static Dataset australian() {
    Path file = SharedData.germanCreditArff().getParent().getParent()
        .resolve("australian-credit").resolve("australian.csv");
    assumeTrue(Files.isRegularFile(file), "shared data set " + file + " is absent; skipping");
    return CsvReader.read(file, ReadOptions.of("class", "0"));
  }

  private static Scorecard train(BoostingConfig config, Dataset data) {
    return BoostedScorecardTrainer.create(config).card(data, TabularInputs.derive(data).schema());
  }

  @Test
  void germanCredit_jpmmlScoresEveryRowAsTheCard() throws Exception {
    Dataset data = features(SharedData.germanCredit());
    Scorecard card = train(CONFIG, data);
    agree(card, rows(card, data, Map.of()));
  }

  @Test
  void germanCredit_integerPoints_jpmmlScoresEveryRowAsTheCard() throws Exception {
    Dataset data = features(SharedData.germanCredit());
    TrainingSpec spec = new TrainingSpec(BinningConstraints.defaults(), Map.of(), SelectionSpec.automatic(),
        List.of(), Scaling.of(600, 50, 20), true, Optional.empty());
    Scorecard card = train(CONFIG.withTraining(spec.toConfig().seed(42).build()), data);
    // Whole points everywhere, cells included, or this is the fractional test again.
    assertThat(card.initialScore()).isEqualTo(Math.rint(card.initialScore()));
    assertThat(card.characteristics()).allSatisfy(c -> assertThat(c.bins())
        .allSatisfy(b -> assertThat(b.points()).isEqualTo(Math.rint(b.points()))));
    assertThat(card.characteristics().stream().flatMap(c -> c.bins().stream())
        .anyMatch(b -> b.points() != 0)).isTrue();
    agree(card, rows(card, data, Map.of()));
  }

  @Test
  void australianCredit_specialValues_jpmmlScoresEveryRowAsTheCard() throws Exception {
    Dataset data = features(australian());
    // a7 and a13 hold many zeros: declared "none", each a bin of its own.
    Map<String, Double> specials = Map.of("a7", 0.0, "a13", 0.0);
    TrainingConfig.Builder training = TrainingConfig.builder().seed(42);
    specials.forEach((name, value) -> training.specialValues(name, List.of(new Attribute.Special("none", value))));
    Scorecard card = train(CONFIG.withTraining(training.build()), data);
    assertThat(card.characteristics().stream().flatMap(c -> allBins(c).stream())
        .anyMatch(b -> b instanceof SpecialValueBin)).as("a special value bin").isTrue();
    agree(card, rows(card, data, specials));
  }

  /** A main effect's bins, or an interaction's axis bins. */
  private static List<Bin> allBins(Characteristic c) {
    if (!c.isInteraction()) {
      return c.bins();
    }
    List<Bin> bins = new ArrayList<>(c.firstAxis());
    bins.addAll(c.secondAxis());
    return bins;
  }

  /**
   * Every row of {@code data}; each again with column {@code r % width} missing; the first rows
   * with each interaction's first, second and both features missing, with every categorical column
   * at an unknown code, with every numeric column far below and far above its range, and with each
   * special value; and a row of nothing but missing values.
   */
  private static List<double[]> rows(Scorecard card, Dataset data, Map<String, Double> specials) {
    TabularRows table = TabularInputs.derive(data).bind(data);
    int width = card.schema().size();
    List<double[]> rows = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      rows.add(table.row(r));
    }
    for (int r = 0; r < table.rows(); r++) {
      double[] v = table.row(r);
      v[r % width] = Double.NaN;
      rows.add(v);
    }
    List<Integer> categorical = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (data.columns().get(i) instanceof CategoricalColumn) {
        categorical.add(i);
      }
    }
    for (int r = 0; r < 20; r++) {
      for (Characteristic c : card.characteristics()) {
        if (c.isInteraction()) {
          int first = card.schema().indexOf(c.feature()).orElseThrow();
          int second = card.schema().indexOf(c.partner().orElseThrow()).orElseThrow();
          rows.add(with(table.row(r), Double.NaN, first));
          rows.add(with(table.row(r), Double.NaN, second));
          rows.add(with(table.row(r), Double.NaN, first, second));
        }
      }
      double[] unknown = table.row(r);
      double[] low = table.row(r);
      double[] high = table.row(r);
      for (int i = 0; i < width; i++) {
        if (categorical.contains(i)) {
          unknown[i] = UNKNOWN_CODE;
        } else {
          low[i] = -1e12;
          high[i] = 1e12;
        }
      }
      rows.add(unknown);
      rows.add(low);
      rows.add(high);
      for (Map.Entry<String, Double> s : specials.entrySet()) {
        rows.add(with(table.row(r), s.getValue(), card.schema().indexOf(s.getKey()).orElseThrow()));
      }
    }
    double[] none = new double[width];
    java.util.Arrays.fill(none, Double.NaN);
    rows.add(none);
    return rows;
  }

  private static double[] with(double[] row, double value, int... columns) {
    for (int c : columns) {
      row[c] = value;
    }
    return row;
  }

  private static void agree(Scorecard card, List<double[]> rows) throws Exception {
    List<Integer> interactions = new ArrayList<>();
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.characteristics().get(c).isInteraction()) {
        interactions.add(c);
      }
    }
    assertThat(interactions).as("interactions of the trained card").isNotEmpty();

    byte[] pmml = PmmlExporter.toBytes(card);
    PmmlDom.validate(pmml);
    Evaluator evaluator = new ModelEvaluatorBuilder(PmmlDom.read(pmml)).build();
    evaluator.verify();
    String target = evaluator.getTargetFields().get(0).getName();
    ScoreHolder holder = card.newHolder();
    int k = card.reasonCodeSettings().maxReasons();
    Map<Integer, Set<Integer>> cellsHit = new HashMap<>();
    int missingCells = 0;
    int reasons = 0;
    for (int n = 0; n < rows.size(); n++) {
      double[] values = rows.get(n);
      Map<String, Object> args = new LinkedHashMap<>();
      for (InputField field : evaluator.getInputFields()) {
        int i = card.schema().indexOf(field.getName()).orElseThrow();
        args.put(field.getName(), field.prepare(Double.isNaN(values[i]) ? null : values[i]));
      }
      Map<String, ?> results = evaluator.evaluate(args);
      card.score(values, holder);
      assertThat(card.points(values)).isEqualTo(holder.points());
      assertThat(((Number) results.get("score")).doubleValue()).as("score of row %d", n)
          .isCloseTo(holder.points(), within(1e-9));

      List<String> ours = new ArrayList<>();
      for (int r = 0; r < holder.reasonCount(); r++) {
        ours.add(card.characteristics().get(holder.reasonCharacteristic(r)).reasonCode());
      }
      reasons += ours.size();
      ComplexScorecardScore<?> score = (ComplexScorecardScore<?>) results.get(target);
      List<String> ranking = score.getReasonCodeRanking();
      Map<String, Double> points = new HashMap<>();
      score.getReasonCodePoints().forEach((code, value) -> points.put(code, value.doubleValue()));
      List<String> positive = ranking.stream().filter(code -> points.get(code) > 0).toList();
      assertThat(ours).as("reasons of row %d", n).isEqualTo(positive.subList(0, Math.min(k, positive.size())));
      for (int r = 1; r <= k; r++) {
        Object code = results.get("reason_code_" + r);
        if (r <= ours.size()) {
          assertThat(code).as("row %d rank %d", n, r).isEqualTo(ours.get(r - 1));
        } else if (code != null) {
          assertThat(points.get((String) code)).as("row %d rank %d", n, r).isEqualTo(0.0);
        }
      }
      for (String code : ranking) {
        int c = characteristicOf(card, code);
        Characteristic ch = card.characteristics().get(c);
        double baseline = card.reasonCodeSettings().mode() == ReasonCodeMode.POINTS_BELOW_MAX
            ? ch.maxPoints() : ch.baselineScore().orElseThrow();
        assertThat(points.get(code)).as("row %d code %s", n, code)
            .isCloseTo(baseline - holder.partial(c), within(1e-9));
      }
      for (int c : interactions) {
        cellsHit.computeIfAbsent(c, x -> new HashSet<>()).add(holder.bin(c));
        CellBin cell = (CellBin) card.characteristics().get(c).bins().get(holder.bin(c));
        missingCells += cell.first() instanceof MissingBin || cell.second() instanceof MissingBin ? 1 : 0;
      }
    }
    // The comparison must reach many cells of every interaction, missing ones included, and reasons.
    for (int c : interactions) {
      assertThat(cellsHit.get(c).size()).as("cells hit of %s", card.characteristics().get(c).name())
          .isGreaterThan(3);
    }
    assertThat(missingCells).isGreaterThan(20);
    assertThat(reasons).isGreaterThan(rows.size());
    System.out.printf("PMML oracle: %d rows, %d interactions, cells hit %s, %d in a missing cell%n",
        rows.size(), interactions.size(), cellsHit.values().stream().map(Set::size).toList(), missingCells);
  }

  private static int characteristicOf(Scorecard card, String code) {
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.characteristics().get(c).reasonCode().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("JPMML ranked an unknown reason code " + code);
  }
}
