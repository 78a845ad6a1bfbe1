package dev.northbound.scoring.toolkit.training.comparison;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.training.Challenger;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Compares models on held-out rows: every model is trained and tested on the same rows with the
 * same seeds, and reports its AUC on each fold, and KS and Brier score over all held-out
 * predictions pooled. A model's risk must be a probability of bad (the Brier score is computed on
 * it).
 *
 * <p>Cross-validation uses exactly the folds and seeds of {@code ScorecardTrainer}: a
 * {@link SplittableRandom} of the seed draws the folds ({@link StratifiedSplit#folds}), then one
 * seed per fold for every model; so a challenger's fold AUCs here equal those {@code train
 * --challenger} prints. Stateless and thread-safe.
 */
public final class ModelComparison {

  private ModelComparison() {}

  /**
   * Cross-validates every model over {@code folds} stratified folds of {@code data}.
   *
   * @throws InvalidInputException if a class has fewer rows than folds
   * @throws IllegalArgumentException if no model is given, two share a code, or {@code folds < 2}
   */
  public static Comparison crossValidate(Dataset data, List<? extends Challenger> models, int folds, long seed) {
    checkModels(models);
    boolean[] bad = data.bad();
    requireBothClasses(bad, folds, "/bad", "cross-validation folds (" + folds + ")");
    SplittableRandom random = new SplittableRandom(seed);
    int[] fold = StratifiedSplit.folds(bad, folds, random.nextLong());
    double[][] pooled = new double[models.size()][data.rows()];
    List<List<Double>> auc = new ArrayList<>();
    models.forEach(m -> auc.add(new ArrayList<>()));
    for (int k = 0; k < folds; k++) {
      long foldSeed = random.nextLong();
      int[] heldOut = StratifiedSplit.rowsOfFold(fold, k, true);
      Dataset train = data.select(StratifiedSplit.rowsOfFold(fold, k, false));
      Dataset test = data.select(heldOut);
      for (int m = 0; m < models.size(); m++) {
        double[] risk = riskOf(models.get(m), train, test, foldSeed);
        auc.get(m).add(Discrimination.auc(risk, test.bad(), ScoreOrientation.HIGHER_IS_RISKIER));
        for (int i = 0; i < heldOut.length; i++) {
          pooled[m][heldOut[i]] = risk[i];
        }
      }
    }
    List<ComparisonRow> rows = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      rows.add(row(models.get(m), auc.get(m), pooled[m], bad, data, seed));
    }
    return new Comparison(folds + "-fold stratified CV, seed " + seed, data.rows(), data.badCount(), rows);
  }

  /**
   * Trains every model on {@code train} and tests it on {@code test} (a hold-out sample with the same
   * columns).
   *
   * @throws InvalidInputException if either sample lacks a bad or a good row
   * @throws IllegalArgumentException if no model is given or two share a code
   */
  public static Comparison holdOut(Dataset train, Dataset test, List<? extends Challenger> models, long seed) {
    checkModels(models);
    requireBothClasses(train.bad(), 1, "/bad", "training");
    requireBothClasses(test.bad(), 1, "/holdout/bad", "testing");
    long modelSeed = new SplittableRandom(seed).nextLong();
    List<ComparisonRow> rows = new ArrayList<>();
    for (Challenger model : models) {
      double[] risk = riskOf(model, train, test, modelSeed);
      double auc = Discrimination.auc(risk, test.bad(), ScoreOrientation.HIGHER_IS_RISKIER);
      rows.add(row(model, List.of(auc), risk, test.bad(), train, seed));
    }
    return new Comparison("trained on " + train.rows() + " rows, tested on a hold-out of " + test.rows()
        + ", seed " + seed, test.rows(), test.badCount(), rows);
  }

  private static ComparisonRow row(Challenger model, List<Double> auc, double[] risk, boolean[] bad,
      Dataset trainedOn, long seed) {
    double ks = Discrimination.ks(risk, bad, ScoreOrientation.HIGHER_IS_RISKIER).value();
    double brier = Calibration.brierScore(risk, bad);
    Optional<CardSize> size = model instanceof SizedChallenger s ? Optional.of(s.size(trainedOn, seed))
        : Optional.empty();
    return new ComparisonRow(model.code(), auc, ks, brier, size);
  }

  private static double[] riskOf(Challenger model, Dataset train, Dataset test, long seed) {
    double[] risk = model.riskOf(train, test, seed);
    if (risk.length != test.rows()) {
      throw new IllegalStateException(model.code() + " returned " + risk.length + " risks for " + test.rows() + " rows");
    }
    for (double r : risk) {
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalStateException(model.code() + " returned a risk outside [0, 1]: " + r);
      }
    }
    return risk;
  }

  private static void checkModels(List<? extends Challenger> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("at least one model is needed");
    }
    Set<String> codes = new HashSet<>();
    for (Challenger m : models) {
      if (!codes.add(m.code())) {
        throw new IllegalArgumentException("two models share the code " + m.code());
      }
    }
  }

  private static void requireBothClasses(boolean[] bad, int least, String pointer, String what) {
    int bads = 0;
    for (boolean b : bad) {
      bads += b ? 1 : 0;
    }
    int goods = bad.length - bads;
    if (bads < least || goods < least) {
      throw new InvalidInputException(pointer, "must hold at least " + least + " bad and " + least
          + " good rows for " + what, bads + " bads and " + goods + " goods");
    }
  }
}
