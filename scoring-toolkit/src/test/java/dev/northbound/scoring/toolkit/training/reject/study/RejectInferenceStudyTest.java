package dev.northbound.scoring.toolkit.training.reject.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study on a generated population of seed 42 and 4,000 applicants whose incumbent rejects 30%
 * (5% overrides) on the hidden risk alone (visibility 0: outcomes missing not at random).
 */
class RejectInferenceStudyTest {

  static final TrainingConfig CONFIG =
      TrainingConfig.builder().l2(1).folds(2).challengers(List.of()).build();

  @TempDir static Path dir;
  static StudyPopulation population;
  static StudyResult result;

  @BeforeAll
  static void run() throws IOException {
    population = StudyPopulation.generate(dir, 4000, 0.0);
    result = RejectInferenceStudy.run(population.accepts(), population.rejects().data(),
        Optional.of(population.truth()), List.of(Candidate.acceptsOnly(), Candidate.oracle()),
        CONFIG, 0.3, 42);
  }

  @Test
  void run_visibilityZero_oracleBeatsAcceptsOnlyThroughTheDoor() {
    CandidateResult none = result.candidates().get(0);
    CandidateResult oracle = result.candidates().get(1);
    assertThat(none.name()).isEqualTo("none");
    assertThat(oracle.name()).isEqualTo("oracle");
    double noneAuc = none.throughTheDoor().orElseThrow().auc();
    double oracleAuc = oracle.throughTheDoor().orElseThrow().auc();
    assertThat(oracleAuc).isGreaterThan(noneAuc);
    assertThat(noneAuc).isCloseTo(NONE_DOOR_AUC, within(1e-12));
    assertThat(oracleAuc).isCloseTo(ORACLE_DOOR_AUC, within(1e-12));
    assertThat(none.accepts().auc()).isCloseTo(NONE_ACCEPTS_AUC, within(1e-12));
    assertThat(oracle.accepts().auc()).isCloseTo(ORACLE_ACCEPTS_AUC, within(1e-12));
    assertThat(none.tradeoff().orElseThrow().badRate()).isCloseTo(NONE_APPROVED_BAD_RATE, within(1e-12));
    assertThat(oracle.tradeoff().orElseThrow().badRate()).isCloseTo(ORACLE_APPROVED_BAD_RATE, within(1e-12));
    assertThat(none.tradeoff().orElseThrow().approved()).isEqualTo(835);
    assertThat(none.tradeoff().orElseThrow().incumbentBadRate()).isEqualTo(27.0 / 835);
    assertThat(oracle.tradeoff().orElseThrow().badRate())
        .isLessThan(none.tradeoff().orElseThrow().badRate());
    assertThat(none.trainingRows()).isEqualTo(result.developmentAccepts());
    assertThat(oracle.trainingRows())
        .isEqualTo(result.developmentAccepts() + result.developmentRejects());
  }

  // Pinned from this run (seed 42, 4,000 applicants): 1,199 test applicants (104 bad), 835 of them
  // accepts (27 bad, incumbent's bad rate 3.23%); both cards approve 835.
  static final double NONE_DOOR_AUC = 0.7447049525816649;
  static final double ORACLE_DOOR_AUC = 0.7960528626624517;
  static final double NONE_ACCEPTS_AUC = 0.6376971030436377;
  static final double ORACLE_ACCEPTS_AUC = 0.6446186285295196;
  static final double NONE_APPROVED_BAD_RATE = 0.04431137724550898;
  static final double ORACLE_APPROVED_BAD_RATE = 0.03473053892215569;

  @Test
  void run_metrics_equalToolkitEvaluationOnTheSameScores() {
    // The split, redone as documented, and the accepts-only card trained on it.
    SplittableRandom random = new SplittableRandom(42);
    boolean[] acceptTest = StratifiedSplit.testRows(population.accepts().bad(), 0.3, random.nextLong());
    boolean[] rejectTest = StratifiedSplit.testRows(population.truth(), 0.3, random.nextLong());
    Dataset devAccepts = population.accepts().select(rows(acceptTest, false));
    Dataset testAccepts = population.accepts().select(rows(acceptTest, true));
    int[] testRejectRows = rows(rejectTest, true);
    Dataset testRejects = population.rejects().data().select(testRejectRows);
    var draft = ScorecardTrainer.create(CONFIG).train(devAccepts).draft();
    double[] acceptPd = pd(draft, testAccepts);
    double[] rejectPd = pd(draft, testRejects);
    double[] doorPd = concat(acceptPd, rejectPd);
    boolean[] doorBad = new boolean[doorPd.length];
    System.arraycopy(testAccepts.bad(), 0, doorBad, 0, testAccepts.rows());
    for (int i = 0; i < testRejectRows.length; i++) {
      doorBad[testAccepts.rows() + i] = population.truth()[testRejectRows[i]];
    }
    ScoreOrientation risky = ScoreOrientation.HIGHER_IS_RISKIER;

    CandidateResult none = result.candidates().get(0);
    ViewMetrics accepts = none.accepts();
    assertThat(accepts.rows()).isEqualTo(testAccepts.rows());
    assertThat(accepts.bads()).isEqualTo(testAccepts.badCount());
    assertThat(accepts.auc()).isEqualTo(Discrimination.auc(acceptPd, testAccepts.bad(), risky));
    assertThat(accepts.ks()).isEqualTo(Discrimination.ks(acceptPd, testAccepts.bad(), risky).value());
    assertThat(accepts.brier()).isEqualTo(Calibration.brierScore(acceptPd, testAccepts.bad()));
    assertThat(accepts.calibration()).isEqualTo(Calibration.table(acceptPd, testAccepts.bad(),
        acceptPd, ScoreBands.quantiles(acceptPd, 10)));
    ViewMetrics door = none.throughTheDoor().orElseThrow();
    assertThat(door.rows()).isEqualTo(testAccepts.rows() + testRejects.rows());
    assertThat(door.auc()).isEqualTo(Discrimination.auc(doorPd, doorBad, risky));
    assertThat(door.ks()).isEqualTo(Discrimination.ks(doorPd, doorBad, risky).value());
    assertThat(door.brier()).isEqualTo(Calibration.brierScore(doorPd, doorBad));
    assertThat(door.calibration()).isEqualTo(
        Calibration.table(doorPd, doorBad, doorPd, ScoreBands.quantiles(doorPd, 10)));
    assertThat(door.calibration()).hasSize(10);
    // The trade-off: the incumbent's share, approved by the lowest probabilities of bad.
    ApprovalTradeoff t = none.tradeoff().orElseThrow();
    assertThat(t.incumbentApprovalRate())
        .isEqualTo((double) testAccepts.rows() / doorPd.length);
    assertThat(t.incumbentBadRate()).isEqualTo((double) testAccepts.badCount() / testAccepts.rows());
    Integer[] order = IntStream.range(0, doorPd.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(doorPd[a], doorPd[b]));
    long k = Math.round(t.incumbentApprovalRate() * doorPd.length);
    long bads = 0;
    for (int i = 0; i < k; i++) {
      bads += doorBad[order[i]] ? 1 : 0;
    }
    assertThat(t.approved()).isEqualTo(k); // no tie at the cutoff in this population
    assertThat(t.badRate()).isEqualTo((double) bads / k);
  }

  @Test
  void run_split_isStratifiedAndDeterministic() {
    int acceptBads = population.accepts().badCount();
    int acceptGoods = population.accepts().rows() - acceptBads;
    int rejectBads = 0;
    for (boolean b : population.truth()) {
      rejectBads += b ? 1 : 0;
    }
    int rejectGoods = population.truth().length - rejectBads;
    assertThat(result.testAccepts())
        .isEqualTo(Math.round(0.3 * acceptBads) + Math.round(0.3 * acceptGoods));
    assertThat(result.testRejects())
        .isEqualTo(Math.round(0.3 * rejectBads) + Math.round(0.3 * rejectGoods));
    assertThat(result.candidates().get(0).throughTheDoor().orElseThrow().bads()).isEqualTo(
        Math.round(0.3 * acceptBads) + Math.round(0.3 * rejectBads));
    assertThat(result.developmentAccepts() + result.testAccepts())
        .isEqualTo(population.accepts().rows());
    StudyResult again = RejectInferenceStudy.run(population.accepts(), population.rejects().data(),
        Optional.of(population.truth()), List.of(Candidate.acceptsOnly()), CONFIG, 0.3, 42);
    assertThat(again.candidates().get(0)).isEqualTo(result.candidates().get(0));
    StudyResult otherSeed = RejectInferenceStudy.run(population.accepts(),
        population.rejects().data(), Optional.of(population.truth()),
        List.of(Candidate.acceptsOnly()), CONFIG, 0.3, 7);
    assertThat(otherSeed.candidates().get(0).accepts().auc())
        .isNotEqualTo(result.candidates().get(0).accepts().auc());
  }

  @Test
  void run_withoutTruth_hasNoThroughTheDoorViewAndSaysSo() {
    StudyResult blind = RejectInferenceStudy.run(population.accepts(), population.rejects().data(),
        Optional.empty(), List.of(Candidate.acceptsOnly()), CONFIG, 0.3, 42);
    CandidateResult none = blind.candidates().get(0);
    assertThat(blind.truth()).isFalse();
    assertThat(blind.note()).contains(StudyResult.NO_TRUTH_NOTE);
    assertThat(none.throughTheDoor()).isEmpty();
    assertThat(none.tradeoff()).isEmpty();
    assertThat(none.accepts().auc()).isEqualTo(result.candidates().get(0).accepts().auc());
    assertThat(result.note()).isEmpty();
    java.util.Map<String, Object> json = StudyReport.json(blind,
        java.time.Instant.parse("2026-12-01T00:00:00Z"), java.util.Map.of(), java.util.Map.of());
    assertThat(json).containsEntry("note", StudyResult.NO_TRUTH_NOTE).containsEntry("truth", false);
    assertThat(StudyReport.html(blind, java.time.Instant.parse("2026-12-01T00:00:00Z")).toHtml())
        .contains("No truth file: the rejected applicants")
        .doesNotContain("Approving the incumbent");
  }

  @Test
  void run_oracleWithoutTruth_isRefused() {
    assertThatThrownBy(() -> RejectInferenceStudy.run(population.accepts(),
        population.rejects().data(), Optional.empty(), List.of(Candidate.oracle()), CONFIG, 0.3, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the candidate oracle reads the rejects' true outcomes; it needs the truth");
  }

  @Test
  void run_repeatedNames_areRefused() {
    assertThatThrownBy(() -> RejectInferenceStudy.run(population.accepts(),
        population.rejects().data(), Optional.empty(),
        List.of(Candidate.acceptsOnly(), Candidate.acceptsOnly()), CONFIG, 0.3, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate names must be distinct; none repeats");
  }

  private static double[] pd(dev.northbound.scoring.toolkit.training.ScorecardDraft draft, Dataset d) {
    double[] s = draft.scores(d);
    for (int i = 0; i < s.length; i++) {
      s[i] = draft.scaling().probabilityOfDefault(s[i]);
    }
    return s;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int[] rows(boolean[] test, boolean value) {
    return IntStream.range(0, test.length).filter(r -> test[r] == value).toArray();
  }
}
