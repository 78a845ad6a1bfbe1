package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import dev.northbound.scoring.toolkit.tabular.TabularRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The draft of German credit (seed 42, defaults, no challengers) as the library's Scorecard. */
class ScorecardAssemblerTest {

  private static final Instant AT = Instant.parse("2026-11-22T00:00:00Z");
  private static TabularInputs inputs;
  private static Dataset data;
  private static TrainingResult result;
  private static Scorecard card;

  @BeforeAll
  static void train() {
    Dataset table = SharedData.germanCredit();
    inputs = TabularInputs.derive(table);
    data = inputs.featureTable(table);
    result = ScorecardTrainer.create(TrainingConfig.builder().seed(42).build())
        .train(data);
    card = ScorecardAssembler.assemble(result, data, inputs.schema(),
        new ModelIdentity("german", "1", "tests", AT, Map.of("data.file", "credit-g.arff")));
  }

  @Test
  void assemble_scorecardPdEqualsTheLogisticPdOnEveryTrainingRow() {
    TabularRows rows = inputs.bind(data);
    LogisticFit fit = result.fit();
    ScoreHolder holder = card.newHolder();
    double[] values = new double[inputs.schema().size()];
    for (int row = 0; row < data.rows(); row++) {
      double[] woe = new double[fit.slopes().size()];
      for (int i = 0; i < woe.length; i++) {
        String name = fit.slopes().get(i).name();
        Column column = data.column(name).orElseThrow();
        BinningResult binning = result.binnings().stream()
            .filter(b -> b.characteristic().equals(name)).findFirst().orElseThrow();
        woe[i] = binning.bins().get(binning.binOf(column, row)).woe();
      }
      rows.fill(row, values);
      card.score(values, holder);
      assertThat(holder.probabilityOfDefault()).as("row %d", row)
          .isCloseTo(fit.probabilityOfBad(woe), within(1e-9));
      assertThat(holder.points()).isCloseTo(result.draft().score(data, row), within(1e-9));
    }
  }

  @Test
  void assemble_reasonCodesFollowInformationValue() {
    assertThat(card.characteristics()).extracting(c -> c.reasonCode() + " " + c.feature())
        .containsExactly("W01 checking_status", "W02 credit_history", "W03 duration",
            "W04 savings_status", "W05 credit_amount", "W06 purpose", "W07 age",
            "W08 property_magnitude", "W09 employment", "W10 housing",
            "W11 other_payment_plans", "W12 personal_status", "W13 installment_commitment");
    Characteristic first = card.characteristics().get(0);
    assertThat(first.reasonEn()).isEqualTo("Checking status lowered the score");
    assertThat(first.reasonZh()).isEqualTo("“checking_status”拉低了评分");
  }

  @Test
  void assemble_categoricalGroupsUseDictionaryCodesAndAMissingCatchAll() {
    // checking_status dictionary: <0 = 0, 0<=X<200 = 1, >=200 = 2, no checking = 3
    Characteristic checking = card.characteristics().get(0);
    assertThat(checking.bins()).extracting(Bin::label).containsExactly(
        "no checking", ">=200", "0<=X<200", "<0", "missing", "(-inf, +inf)");
    assertThat(checking.bins().get(0)).isInstanceOfSatisfying(
        dev.northbound.scoring.models.scorecard.CategoricalBin.class,
        b -> assertThat(b.codes()).containsExactly(3.0));
    assertThat(checking.bins().get(5).points()).isEqualTo(checking.bins().get(4).points());
  }

  @Test
  void assemble_gradesSplitTheTrainingScoresInFifths() {
    assertThat(card.riskGrades()).isEqualTo(
        RiskGrades.of(List.of("A", "B", "C", "D", "E"), List.of(562.2, 536.0, 509.8, 482.8)));
    int[] count = new int[5];
    for (double s : result.draft().scores(data)) {
      count[card.riskGrades().indexOf(s)]++;
    }
    // a fifth each, but for rounding the cutoffs down to 0.1 points: a row less than 0.1 below
    // the exact quintile score moves up a grade (one into A and one into D here)
    assertThat(count).containsExactly(201, 199, 200, 201, 199);
  }

  @Test
  void assemble_provenanceCarriesTheTrainingSettings() {
    assertThat(card.provenance().trainedAt()).isEqualTo(AT);
    assertThat(card.provenance().seed()).isEqualTo(42);
    assertThat(card.provenance().dataFingerprint()).isEqualTo(data.fingerprint());
    assertThat(card.provenance().libraryVersion()).contains("northbound " + System.getProperty("northbound.version"));
    assertThat(card.provenance().jvm()).contains(ModelProvenance.thisJvm());
    assertThat(card.provenance().settings()).containsEntry("binning.trend", "AUTO")
        .containsEntry("binning.maxBins", "6").containsEntry("selection.ivThreshold", "0.02")
        .containsEntry("cv.folds", "5").containsEntry("cv.challengers", "")
        .containsEntry("data.file", "credit-g.arff").hasSize(15); // 6 binning, 2 selection, fit, 3 scaling, 2 cv, data.file
  }

  @Test
  void assemble_modelFileWithInputsLoadsBackEqual() {
    byte[] bytes = ScorecardFiles.toBytes(ModelFile.of(card, inputs.inputs()));
    ModelFile back = ScorecardFiles.readModel(bytes);
    assertThat(back.scorecard()).isEqualTo(card);
    assertThat(TabularInputs.from(back).schema()).isEqualTo(inputs.schema());
  }

  @Test
  void assemble_extraSettingMayNotOverrideATrainingSetting() {
    assertThatThrownBy(() -> ScorecardAssembler.assemble(result, data, inputs.schema(),
        new ModelIdentity("g", "1", "t", AT, Map.of("fit.l2", "1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setting fit.l2 is set by the training itself");
  }

  @Test
  void gradeCutoffs_handComputed() {
    // 10 scores 1..10 from the top: s = 10, 9, ..., 1. Cutoff k = s[ceil(10 k / 5) - 1]:
    // k=1 s[1] = 9, k=2 s[3] = 7, k=3 s[5] = 5, k=4 s[7] = 3.
    assertThat(GradeCutoffs.of(new double[] {3, 1, 2, 4, 5, 6, 7, 8, 9, 10}).cutoffs())
        .containsExactly(9.0, 7.0, 5.0, 3.0);
    // rounded down to 0.1 points: 612.37 -> 612.3 (n = 1: every cutoff is the one score)
    assertThat(GradeCutoffs.of(new double[] {612.37})).isEqualTo(
        RiskGrades.of(List.of("A", "B"), List.of(612.3)));
    // ties: four equal scores of five leave one cutoff, two grades
    assertThat(GradeCutoffs.of(new double[] {5, 5, 5, 5, 1})).isEqualTo(
        RiskGrades.of(List.of("A", "B"), List.of(5.0)));
  }
}
