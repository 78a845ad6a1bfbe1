package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.ScorecardDraft;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Measures candidates for building a scorecard's training rows (reject inference methods, the
 * accepts alone, the oracle) against the truth.
 *
 * <ol>
 *   <li><b>Split.</b> A {@link SplittableRandom} of {@code seed} draws two seeds; the accepts are
 *       split by {@link StratifiedSplit#testRows} with the first (stratified by their outcome), the
 *       rejects with the second (stratified by the truth when given). The test part holds
 *       {@code round(testShare · n)} rows of each class of each.
 *   <li><b>Train.</b> Each candidate builds its rows from the development accepts and rejects; the
 *       WoE scorecard is trained on them by {@link ScorecardTrainer} with {@code config} (its folds
 *       give the cross-validated AUC that {@code train} would report on those rows).
 *   <li><b>Test.</b> The card's probability of bad on the test rows: through the door (test accepts
 *       and test rejects, with the truth) AUC, KS, Brier, calibration by decile and the trade-off at
 *       the incumbent's approval rate ({@link ApprovalTradeoff}); and on the test accepts alone,
 *       AUC, KS, Brier and calibration.
 * </ol>
 *
 * <p>Deterministic for the same inputs, configuration and seed. Stateless and thread-safe.
 */
public final class RejectInferenceStudy {

  private RejectInferenceStudy() {}

  /**
   * Runs the study.
   *
   * @param accepts the accepted applicants with their outcomes
   * @param rejects the rejected applicants, the same columns; their bad flags are ignored
   * @param rejectTruth each reject's true outcome ({@code true} for bad), in the rejects' order, if
   *     known (a synthetic population's truth file, {@link TruthFile})
   * @param candidates the candidates, at least one, with distinct names
   * @param config the scorecard's training configuration
   * @param testShare the share held out for the test, in {@code (0, 1)}
   * @param seed the seed of the split
   * @return every candidate's figures
   * @throws IllegalArgumentException if the truth's length differs from the rejects', the names
   *     repeat, there is no candidate, the share is out of range, or the oracle is asked for without
   *     the truth
   * @throws InvalidInputException if a test view lacks a bad or a good, or a candidate's rows do
   *     (as {@link ScorecardTrainer#train})
   */
  public static StudyResult run(Dataset accepts, Dataset rejects, Optional<boolean[]> rejectTruth,
      List<Candidate> candidates, TrainingConfig config, double testShare, long seed) {
    Objects.requireNonNull(config, "config");
    check(rejects, rejectTruth, candidates, testShare);
    boolean truth = rejectTruth.isPresent();
    Dataset labelledRejects = Rows.withTarget(rejects,
        truth ? rejectTruth.get().clone() : new boolean[rejects.rows()]);
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] acceptTest = StratifiedSplit.testRows(accepts.bad(), testShare, random.nextLong());
    boolean[] rejectTest =
        StratifiedSplit.testRows(labelledRejects.bad(), testShare, random.nextLong());
    Dataset devAccepts = accepts.select(rows(acceptTest, false));
    Dataset devRejects = labelledRejects.select(rows(rejectTest, false));
    Dataset testAccepts = accepts.select(rows(acceptTest, true));
    Dataset testRejects = labelledRejects.select(rows(rejectTest, true));
    Dataset throughTheDoor = Rows.concat(testAccepts, testRejects);
    requireBothClasses("the test accepts", testAccepts);
    if (truth) {
      requireBothClasses("the test applicants", throughTheDoor);
    }
    double approvalShare = (double) testAccepts.rows() / throughTheDoor.rows();
    double incumbentBadRate = (double) testAccepts.badCount() / testAccepts.rows();
    ScorecardTrainer trainer = ScorecardTrainer.create(config);
    List<CandidateResult> results = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Dataset rows = candidate.trainingData().apply(devAccepts, devRejects);
      TrainingResult trained = trainer.train(rows);
      double[] pd = probabilityOfBad(trained.draft(), throughTheDoor);
      boolean[] bad = throughTheDoor.bad();
      double[] acceptPd = java.util.Arrays.copyOf(pd, testAccepts.rows());
      ViewMetrics acceptView = ViewMetrics.of(acceptPd, testAccepts.bad());
      Optional<ViewMetrics> door = truth ? Optional.of(ViewMetrics.of(pd, bad)) : Optional.empty();
      Optional<ApprovalTradeoff> tradeoff = truth
          ? Optional.of(ApprovalTradeoff.of(pd, bad, approvalShare, incumbentBadRate))
          : Optional.empty();
      double weight = 0;
      for (double w : rows.weights()) {
        weight += w;
      }
      results.add(new CandidateResult(candidate.name(), rows.rows(), weight,
          trained.scorecardCv().mean(), trained.draft().selected().size(), door, tradeoff,
          acceptView));
    }
    return new StudyResult(testShare, seed, devAccepts.rows(), devRejects.rows(),
        testAccepts.rows(), testRejects.rows(), truth, results);
  }

  /** The probability of bad of every row under a scorecard, as {@code train} scores held-out rows. */
  static double[] probabilityOfBad(ScorecardDraft draft, Dataset data) {
    double[] scores = draft.scores(data);
    for (int r = 0; r < scores.length; r++) {
      scores[r] = draft.scaling().probabilityOfDefault(scores[r]);
    }
    return scores;
  }

  private static void check(Dataset rejects, Optional<boolean[]> rejectTruth,
      List<Candidate> candidates, double testShare) {
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("testShare must be in (0, 1); found " + testShare);
    }
    if (rejectTruth.isPresent() && rejectTruth.get().length != rejects.rows()) {
      throw new IllegalArgumentException("the truth must have one outcome per reject ("
          + rejects.rows() + "); found " + rejectTruth.get().length);
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("the study needs at least one candidate");
    }
    Set<String> names = new HashSet<>();
    for (Candidate c : candidates) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("candidate names must be distinct; " + c.name()
            + " repeats");
      }
      if (c.readsTheTruth() && rejectTruth.isEmpty()) {
        throw new IllegalArgumentException("the candidate " + c.name() + " reads the rejects'"
            + " true outcomes; it needs the truth");
      }
    }
  }

  private static void requireBothClasses(String what, Dataset data) {
    int bads = data.badCount();
    if (bads == 0 || bads == data.rows()) {
      throw new InvalidInputException("/bad", what + " must hold a bad and a good (raise the test"
          + " share or the data)", bads + " bads of " + data.rows() + " rows");
    }
  }

  private static int[] rows(boolean[] test, boolean value) {
    return IntStream.range(0, test.length).filter(r -> test[r] == value).toArray();
  }
}
