package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.ArffReader;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import dev.northbound.scoring.toolkit.training.boosted.BoostedScorecardTrainer;
import dev.northbound.scoring.toolkit.training.boosted.BoostingConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A boosted scorecard with interactions trained on the German credit table (credit-g.arff; skipped
 * when the shared data is absent), written as a model file and scored on Spark as
 * {@link TabularSparkTest} scores the WoE card: every row's points, PD, grade and reason codes equal
 * the local scorecard's, on the table's rows, on copies with a blank cell in every column in turn, with
 * an interaction's features blank and with unknown labels, and on the ARFF file's typed rows.
 */
class BoostedSparkTest {

  /** 20 inputs and the class, then the score columns. */
  private static final int SCHEMA_WIDTH = 21;

  @TempDir
  static Path dir;
  static TabularInputs inputs;
  static Scorecard card;
  static Path modelFile;
  static Path csv;
  static GermanRows german;

  @BeforeAll
  static void train() throws Exception {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "system property northbound.shared.dir is not set; skipping");
    Path arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), "shared data set " + arff + " is absent; skipping");
    dev.northbound.scoring.toolkit.data.Dataset table = ArffReader.read(arff, ReadOptions.of("class", "bad"));
    inputs = TabularInputs.derive(table);
    card = BoostedScorecardTrainer.create(BoostingConfig.defaults().withInteractions(3, 8).withThreads(2)
        .withBags(2)).card(inputs.featureTable(table), inputs.schema());
    modelFile = dir.resolve("german-boosted.model.json");
    Files.write(modelFile, ScorecardFiles.toBytes(ModelFile.of(card, inputs.inputs())));
    german = new GermanRows(table);
    csv = Files.writeString(dir.resolve("credit-g-boosted.csv"), csv(table), StandardCharsets.UTF_8);
  }

  /**
   * The table, then each row with cell {@code r % 20} blank, then the first 20 rows with each
   * interaction's first, second and both features blank, and with every categorical cell an unknown
   * label.
   */
  private static String csv(dev.northbound.scoring.toolkit.data.Dataset table) {
    StringBuilder out = new StringBuilder(german.csv());
    int width = inputs.schema().size();
    for (int r = 0; r < table.rows(); r++) {
      out.append(blank(german.csvLine(r), r % width)).append('\n');
    }
    for (int r = 0; r < 20; r++) {
      for (Characteristic c : card.characteristics()) {
        if (c.isInteraction()) {
          int first = inputs.schema().indexOf(c.feature()).orElseThrow();
          int second = inputs.schema().indexOf(c.partner().orElseThrow()).orElseThrow();
          out.append(blank(german.csvLine(r), first)).append('\n');
          out.append(blank(german.csvLine(r), second)).append('\n');
          out.append(blank(blank(german.csvLine(r), first), second)).append('\n');
        }
      }
      String[] cells = german.csvLine(r).split(",", -1);
      for (int i = 0; i < width; i++) {
        if (table.columns().get(i) instanceof CategoricalColumn) {
          cells[i] = "castle";
        }
      }
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  private static String blank(String line, int column) {
    String[] cells = line.split(",", -1);
    cells[column] = "";
    return String.join(",", cells);
  }

  @Test
  void scoreFeatures_boostedCardWithInteractions_sameAsLocalScorecardRowForRow() throws Exception {
    List<Integer> interactions = new ArrayList<>();
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.characteristics().get(c).isInteraction()) {
        interactions.add(c);
      }
    }
    assertThat(interactions).as("interactions of the trained card").isNotEmpty();
    SparkScoring scoring = SparkScoring.create(SharedSpark.session(), Files.readAllBytes(modelFile));
    assertThat(scoring.model()).isEqualTo(card);

    List<Row> scored = scoring.scoreFeatures(SharedSpark.session().read().option("header", "true")
        .csv(csv.toString())).collectAsList();
    TabularRows local = inputs.bind(CsvReader.read(csv, inputs.readOptions("class", "bad")));
    assertThat(scored).hasSize(local.rows()).hasSizeGreaterThan(2000);
    ScoreHolder holder = card.newHolder();
    Map<Integer, Set<Integer>> cellsHit = new HashMap<>();
    int missingCells = 0;
    for (int r = 0; r < scored.size(); r++) {
      double[] values = local.row(r);
      card.score(values, holder);
      ScoreResult expected = card.toResult(values, holder);
      Row row = scored.get(r);
      assertThat(row.isNullAt(SCHEMA_WIDTH + 5)).as("error of row %d", r).isTrue();
      assertThat(row.getDouble(SCHEMA_WIDTH)).as("points of row %d", r).isEqualTo(expected.points());
      assertThat(row.getDouble(SCHEMA_WIDTH + 1)).as("PD of row %d", r).isEqualTo(expected.probabilityOfDefault());
      assertThat(row.getString(SCHEMA_WIDTH + 2)).as("grade of row %d", r).isEqualTo(expected.grade());
      assertThat(row.<String>getList(SCHEMA_WIDTH + 3)).as("reasons of row %d", r)
          .isEqualTo(expected.reasonCodes().stream().map(ReasonCode::code).toList());
      for (int c : interactions) {
        cellsHit.computeIfAbsent(c, x -> new HashSet<>()).add(holder.bin(c));
        CellBin cell = (CellBin) card.characteristics().get(c).bins().get(holder.bin(c));
        missingCells += cell.first() instanceof MissingBin || cell.second() instanceof MissingBin ? 1 : 0;
      }
    }
    // The rows reach many cells of every interaction, missing ones included.
    for (int c : interactions) {
      assertThat(cellsHit.get(c).size()).as("cells hit of %s", card.characteristics().get(c).name())
          .isGreaterThan(3);
    }
    assertThat(missingCells).isGreaterThan(20);
    assertThat(local.unknownLabelRows()).isNotEmpty();

    // The ARFF file's typed rows (numbers as doubles) score as the first 1,000 CSV rows.
    List<Row> typed = scoring.scoreFeatures(german.typed(SharedSpark.session())).collectAsList();
    assertThat(typed).hasSize(1000);
    for (int r = 0; r < typed.size(); r++) {
      assertThat(typed.get(r).getDouble(SCHEMA_WIDTH)).as("typed row %d", r)
          .isEqualTo(scored.get(r).getDouble(SCHEMA_WIDTH));
      assertThat(typed.get(r).<String>getList(SCHEMA_WIDTH + 3)).as("typed reasons of row %d", r)
          .isEqualTo(scored.get(r).<String>getList(SCHEMA_WIDTH + 3));
    }
  }
}
