package dev.northbound.scoring.toolkit.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularInputsTest {

  private static final String TRAINING = """
      Housing Type,income,2nd Job?,y
      own,12000,yes,good
      rent,8000,no,bad
      mortgage,NA,no,good
      own,15000,,good
      """;

  private static Dataset csv(String text, ReadOptions options) {
    return CsvReader.read(new StringReader(text), options);
  }

  private static final TabularInputs INPUTS =
      TabularInputs.derive(csv(TRAINING, ReadOptions.of("y", "bad")));

  /** own 20, rent or mortgage 5, missing 0; income below 10,000 0, from 10,000 15, missing -5. */
  private static Scorecard card() {
    return Scorecard.builder(INPUTS.schema()).id("t").version("1").initialScore(500)
        .scaling(Scaling.of(600, 50, 20)).grades(RiskGrades.of(List.of("A"), List.of()))
        .provenance(ModelProvenance.of("test", "d", Instant.EPOCH, Map.of(), 1))
        .addCharacteristic(Characteristic.of("housing_type", "W01", "Housing", "住房",
            List.of(Bin.categorical("own", List.of(0.0), 20),
                Bin.categorical("rent, mortgage", List.of(1.0, 2.0), 5), Bin.missing(0),
                Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, 0))))
        .addCharacteristic(Characteristic.of("income", "W02", "Income", "收入",
            List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 10_000, 0),
                Bin.closedOpen(10_000, Double.POSITIVE_INFINITY, 15), Bin.missing(-5))))
        .build();
  }

  @Test
  void derive_namesFeaturesAndKeepsDictionariesInFirstSeenOrder() {
    assertThat(INPUTS.inputs().columns()).containsExactly(
        InputColumn.categorical("Housing Type", "housing_type", List.of("own", "rent", "mortgage")),
        InputColumn.numeric("income", "income"),
        InputColumn.categorical("2nd Job?", "f_2nd_job", List.of("yes", "no")));
    assertThat(INPUTS.columnNames()).containsExactly("Housing Type", "income", "2nd Job?");
    assertThat(INPUTS.schema().definitions()).extracting(d -> d.unit())
        .containsExactly("category code", "value", "category code");
  }

  @Test
  void bind_mapsLabelsByTextNotByTheDataOwnOrder() {
    // the scoring file meets "mortgage" first: its own code 0 must become the model's code 2
    Dataset scoring = csv("""
        y,income,Housing Type,2nd Job?,extra
        good,9000,mortgage,no,1
        good,11000,rent,yes,2
        good,10000,own,no,3
        """, ReadOptions.of("y", "bad"));
    TabularRows rows = INPUTS.bind(scoring);
    assertThat(rows.row(0)).containsExactly(2.0, 9000.0, 1.0);
    assertThat(rows.row(1)).containsExactly(1.0, 11000.0, 0.0);
    assertThat(rows.row(2)).containsExactly(0.0, 10000.0, 1.0);
    assertThat(rows.unknownLabelRows()).isEmpty();
    // scored through the real scorecard: 500 + 5 + 0; 500 + 5 + 15; 500 + 20 + 15
    Scorecard card = card();
    assertThat(card.points(rows.row(0))).isEqualTo(505.0);
    assertThat(card.points(rows.row(1))).isEqualTo(520.0);
    assertThat(card.points(rows.row(2))).isEqualTo(535.0);
  }

  @Test
  void bind_unknownLabelAndMissingMarkersAreNaNAndScoreTheMissingBin() {
    Dataset scoring = csv("""
        Housing Type,income,2nd Job?,y
        shared,NA,?,good
        ,,yes,bad
        own,?,no,good
        """, INPUTS.readOptions("y", "bad")); // income has no value: undeclared, CSV infers text
    TabularRows rows = INPUTS.bind(scoring);
    assertThat(rows.row(0)).containsExactly(Double.NaN, Double.NaN, Double.NaN);
    assertThat(rows.row(1)).containsExactly(Double.NaN, Double.NaN, 0.0);
    assertThat(rows.unknownLabelRows()).isEqualTo(Map.of("Housing Type", 1L));
    // unknown housing and missing income: 500 + 0 (missing bin) - 5 (missing bin)
    assertThat(card().points(rows.row(0))).isEqualTo(495.0);
    assertThat(card().points(rows.row(2))).isEqualTo(515.0); // 500 + 20 - 5
    double[] out = new double[3];
    INPUTS.fill(scoring, 2, out);
    assertThat(out).containsExactly(0.0, Double.NaN, 1.0);
    assertThat(rows.columns()[0]).containsExactly(Double.NaN, Double.NaN, 0.0);
  }

  @Test
  void bind_absentColumnIsInvalidInput() {
    Dataset scoring = csv("Housing Type,2nd Job?,y\nown,no,good\n", ReadOptions.of("y", "bad"));
    assertThatThrownBy(() -> INPUTS.bind(scoring)).isInstanceOf(InvalidInputException.class)
        .hasMessage("/columns/income: must be a column of the data, as in training;"
            + " found no such column");
  }

  @Test
  void bind_numericLookingCategoriesNeedTheModelsReadOptions() {
    String text = "Housing Type,income,2nd Job?,y\n1,5,no,good\n";
    assertThatThrownBy(() -> INPUTS.bind(csv(text, ReadOptions.of("y", "bad"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/columns/Housing Type: must be categorical, as in training;"
            + " found a numeric column");
    TabularRows rows = INPUTS.bind(csv(text, INPUTS.readOptions("y", "bad")));
    assertThat(rows.row(0)).containsExactly(Double.NaN, 5.0, 1.0);
    assertThat(rows.unknownLabelRows()).isEqualTo(Map.of("Housing Type", 1L));
  }

  @Test
  void from_modelFileRoundTripsTheDictionaries() {
    ModelFile file = ScorecardFiles.readModel(
        ScorecardFiles.toBytes(ModelFile.of(card(), INPUTS.inputs())));
    TabularInputs back = TabularInputs.from(file);
    assertThat(back.inputs()).isEqualTo(INPUTS.inputs());
    assertThat(back.schema()).isEqualTo(INPUTS.schema());
    assertThatThrownBy(() -> TabularInputs.from(ModelFile.of(card())))
        .hasMessage("/inputs: is required to score a table's rows (the model was not trained on a table); found nothing");
  }

  @Test
  void featureTable_renamesColumnsToFeatures() {
    Dataset table = INPUTS.featureTable(csv(TRAINING, ReadOptions.of("y", "bad")));
    assertThat(table.columns()).extracting(c -> c.name())
        .containsExactly("housing_type", "income", "f_2nd_job");
    assertThat(table.bad()).containsExactly(false, true, false, false);
  }

  @Test
  void featureNames_followTheDocumentedRule() {
    assertThat(FeatureNames.of(List.of("Credit Amount (DM)", "credit amount dm", "2nd", "ÄÖ",
        "a".repeat(70), "a".repeat(70) + "b")))
        .containsExactly("credit_amount_dm", "credit_amount_dm_2", "f_2nd", "f",
            "a".repeat(64), "a".repeat(62) + "_2");
  }
}
