package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.ArffReader;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationReport;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationRun;
import dev.northbound.scoring.toolkit.evaluation.run.EvaluationSettings;
import dev.northbound.scoring.toolkit.evaluation.run.ProgressListener;
import dev.northbound.scoring.toolkit.evaluation.run.RowSources;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardAssembler;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scorecard trained on the German credit table (credit-g.arff, 1,000 rows, 20 raw columns) scored
 * and evaluated on Spark: the same scores as the local engine row for row, and the same report bytes
 * as the local engine's {@code RowSources.tabular} run, from a CSV both engines read and from the
 * ARFF file (Spark given its rows with numbers as doubles).
 */
class TabularSparkTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);
  static final EvaluationSettings SETTINGS = EvaluationSettings.defaults().withClock(CLOCK).withBootstrap(20, 7L);

  @TempDir
  static Path dir;
  static Path arff;
  static Path csv;
  static Path modelFile;
  static TabularInputs inputs;
  static Scorecard card;
  static GermanRows german;

  @BeforeAll
  static void train() throws Exception {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "system property northbound.shared.dir is not set; skipping");
    arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), "shared data set " + arff + " is absent; skipping");
    // As `northbound train --data credit-g.arff --target class --bad-value bad` (seed 42, no challengers).
    dev.northbound.scoring.toolkit.data.Dataset table = ArffReader.read(arff, ReadOptions.of("class", "bad"));
    inputs = TabularInputs.derive(table);
    dev.northbound.scoring.toolkit.data.Dataset data = inputs.featureTable(table);
    TrainingResult result = ScorecardTrainer.create(TrainingConfig.builder().seed(42).build())
        .train(data);
    card = ScorecardAssembler.assemble(result, data, inputs.schema(),
        new ModelIdentity("german", "1", "tests", CLOCK.instant(), Map.of()));
    modelFile = dir.resolve("german.model.json");
    Files.write(modelFile, ScorecardFiles.toBytes(ModelFile.of(card, inputs.inputs())));
    german = new GermanRows(table);
    csv = Files.writeString(dir.resolve("credit-g.csv"), german.csv(), StandardCharsets.UTF_8);
  }

  private static SparkScoring scoring() throws Exception {
    return SparkScoring.create(SharedSpark.session(), Files.readAllBytes(modelFile));
  }

  private static Dataset<Row> csvRows() {
    return SharedSpark.session().read().option("header", "true").csv(csv.toString());
  }

  @Test
  void create_tabularModelFile_readsItsInputsAndSchema() throws Exception {
    SparkScoring scoring = scoring();
    assertThat(scoring.inputs().orElseThrow().inputs()).isEqualTo(inputs.inputs());
    assertThat(scoring.model()).isEqualTo(card);
    assertThat(scoring.model().schema()).isEqualTo(inputs.schema());
    assertThat(inputs.columnNames()).hasSize(20).startsWith("checking_status", "duration");
  }

  @Test
  void scoreFeatures_germanCreditCsv_sameScoresAsLocalScoringRowForRow() throws Exception {
    List<Row> scored = scoring().scoreFeatures(csvRows()).collectAsList();
    // Locally: the same CSV read by the table reader with the model's types, bound to its inputs.
    TabularRows local = inputs.bind(CsvReader.read(csv, inputs.readOptions("class", "bad")));
    assertThat(scored).hasSize(1000);
    assertThat(local.rows()).isEqualTo(1000);
    ScoreHolder holder = card.newHolder();
    int schemaWidth = 21; // 20 inputs and the class, then the score columns
    for (int r = 0; r < scored.size(); r++) {
      double[] values = local.row(r);
      card.score(values, holder);
      ScoreResult expected = card.toResult(values, holder);
      Row row = scored.get(r);
      assertThat(row.isNullAt(schemaWidth + 5)).as("error of row %d", r).isTrue();
      assertThat(row.getDouble(schemaWidth)).as("points of row %d", r).isEqualTo(expected.points());
      assertThat(row.getDouble(schemaWidth + 1)).as("PD of row %d", r).isEqualTo(expected.probabilityOfDefault());
      assertThat(row.getString(schemaWidth + 2)).as("grade of row %d", r).isEqualTo(expected.grade());
      assertThat(row.<String>getList(schemaWidth + 3)).as("reasons of row %d", r)
          .isEqualTo(expected.reasonCodes().stream().map(ReasonCode::code).toList());
    }
    // The typed rows of the ARFF file (numbers as doubles) score the same.
    List<Row> typed = scoring().scoreFeatures(german.typed(SharedSpark.session())).collectAsList();
    for (int r = 0; r < typed.size(); r++) {
      assertThat(typed.get(r).getDouble(schemaWidth)).isEqualTo(scored.get(r).getDouble(schemaWidth));
    }
  }

  @Test
  void sparkJob_germanCreditCsv_writesTheLocalEnginesReport() throws Exception {
    EvaluationReport local = EvaluationRun.evaluate(card,
        RowSources.tabular(csv, inputs, "class", "bad", Optional.of("housing")), SETTINGS.withThreads(2),
        ProgressListener.NONE);
    Path out = dir.resolve("job-report");
    EvaluationReport spark = SparkJob.run(SharedSpark.session(), CLOCK, "--model", modelFile.toString(),
        "--features", csv.toString(), "--target", "class", "--bad-value", "bad", "--segment-by", "housing",
        "--bootstrap", "20", "--seed", "7", "--out", out.toString());

    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(new String(local.json(), StandardCharsets.UTF_8));
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(local.html().toHtml());
    // German credit: 300 bad and 700 good, all scored; described as the local engine describes the file.
    assertThat(spark.rowsScored()).isEqualTo(1000);
    assertThat(spark.rowsSkipped()).isZero();
    JsonNode report = new ObjectMapper().readTree(spark.json());
    assertThat(report.at("/data/source").asText()).isEqualTo("table credit-g.csv (1000 rows)");
    assertThat(report.at("/rows/bads").asInt()).isEqualTo(300);
    assertThat(report.at("/fairness/groups")).hasSize(3); // housing: own, for free, rent
  }

  @Test
  void evaluateTable_arffRows_sameReportAsTheLocalEngineOnTheArffFile() throws Exception {
    EvaluationReport local = EvaluationRun.evaluate(card,
        RowSources.tabular(arff, inputs, "class", "bad", Optional.empty()), SETTINGS.withThreads(2),
        ProgressListener.NONE);
    EvaluationReport spark = SparkReports.evaluateTable(scoring(), german.typed(SharedSpark.session()), "class", "bad",
        Optional.empty(), "credit-g.arff", SETTINGS);
    assertThat(new String(spark.json(), StandardCharsets.UTF_8)).isEqualTo(new String(local.json(), StandardCharsets.UTF_8));
    assertThat(spark.html().toHtml()).isEqualTo(local.html().toHtml());
  }

  @Test
  void scoreFeatures_notANumber_errorAsTheLocalEngineReportsIt() throws Exception {
    String header = String.join(",", german.header());
    String first = german.csvLine(0);
    String broken = first.replaceFirst(",1169,", ",12x,"); // credit_amount of row 1 is 1169
    assertThat(broken).isNotEqualTo(first);
    // The local engine stops at the cell: line 2 of the file, column credit_amount.
    assertThatThrownBy(() -> CsvReader.read(new StringReader(header + "\n" + broken + "\n"),
        inputs.readOptions("class", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("pointer", "/lines/2/credit_amount")
        .hasFieldOrPropertyWithValue("rule", "must be a number")
        .hasFieldOrPropertyWithValue("found", "a string of 3 characters");

    Path file = Files.writeString(dir.resolve("broken.csv"), header + "\n" + broken + "\n" + first + "\n");
    List<Row> scored = scoring().scoreFeatures(SharedSpark.session().read().option("header", "true")
        .csv(file.toString())).collectAsList();
    Row error = scored.get(0).getStruct(21 + 5);
    assertThat(List.of(error.getString(0), error.getString(1), error.getString(2)))
        .containsExactly("/credit_amount", "must be a number", "a string of 3 characters");
    assertThat(scored.get(0).isNullAt(21)).isTrue();
    assertThat(scored.get(1).isNullAt(21 + 5)).isTrue(); // the intact copy of row 1 is scored
  }

  @Test
  void scoreFeatures_unknownLabel_scoresTheMissingBinAsTheLocalEngine() throws Exception {
    String header = String.join(",", german.header());
    String unknown = german.csvLine(0).replaceFirst("^<0,", "castle,"); // checking_status of row 1 is <0
    Path file = Files.writeString(dir.resolve("unknown.csv"), header + "\n" + unknown + "\n");
    TabularRows local = inputs.bind(CsvReader.read(file, inputs.readOptions("class", "bad")));
    assertThat(local.unknownLabelRows()).containsEntry("checking_status", 1L);
    assertThat(local.row(0)[0]).isNaN();
    ScoreHolder holder = card.newHolder();
    card.score(local.row(0), holder);

    Row row = scoring().scoreFeatures(SharedSpark.session().read().option("header", "true").csv(file.toString()))
        .collectAsList().get(0);
    assertThat(row.isNullAt(21 + 5)).isTrue();
    assertThat(row.getDouble(21)).isEqualTo(holder.points());
  }

  @Test
  void sparkJob_tabularModelWithOutcomeOrCreditFiles_isRefused() {
    Path out = dir.resolve("refused");
    assertThatThrownBy(() -> SparkJob.run(SharedSpark.session(), CLOCK, "--model", modelFile.toString(),
        "--features", csv.toString(), "--outcome", "class", "--out", out.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model was trained on a table: give --target and --bad-value, not --outcome or --as-of-column");
    assertThatThrownBy(() -> SparkJob.run(SharedSpark.session(), CLOCK, "--model", modelFile.toString(),
        "--features", csv.toString(), "--target", "class", "--out", out.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("option --bad-value is required");
    assertThatThrownBy(() -> SparkJob.run(SharedSpark.session(), CLOCK, "--model", modelFile.toString(),
        "--data", csv.toString(), "--out", out.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model was trained on a table; it scores rows of the table's columns, not credit files");
    assertThat(out).doesNotExist();
  }

  @Test
  void scoreCreditFiles_tabularModel_isRejected() throws Exception {
    SparkScoring scoring = scoring();
    assertThatThrownBy(() -> scoring.scoreCreditFiles(csvRows(), "class",
        new dev.northbound.scoring.core.feature.ExtractionContext(java.time.LocalDate.of(2026, 11, 22),
            java.util.Currency.getInstance("CNY"), dev.northbound.scoring.core.money.FxRates.copyOf(List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the model was trained on a table; it scores rows of the table's columns, not credit files");
  }
}
