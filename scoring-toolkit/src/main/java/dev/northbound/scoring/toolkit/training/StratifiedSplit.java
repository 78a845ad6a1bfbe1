package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded stratified splits. The bad rows and the good rows are each shuffled (Fisher-Yates with a
 * {@link SplittableRandom} of the seed: bads first, then goods, from the same generator) and dealt
 * out in turn, so the result depends only on the target and the seed. Stateless and thread-safe.
 */
public final class StratifiedSplit {

  private StratifiedSplit() {}

  /**
   * A train/test split.
   *
   * @param train the training rows, in original order
   * @param test the test rows, in original order
   */
  public record TrainTest(Dataset train, Dataset test) {}

  /**
   * Assigns every row to one of {@code k} folds, stratified by the target.
   *
   * @param bad the target
   * @param k the number of folds, at least 2
   * @param seed the seed
   * @return the fold of each row, in {@code [0, k)}
   */
  public static int[] folds(boolean[] bad, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2; found " + k);
    }
    int[] fold = new int[bad.length];
    SplittableRandom random = new SplittableRandom(seed);
    for (boolean cls : new boolean[] {true, false}) {
      int[] rows = shuffled(bad, cls, random);
      for (int i = 0; i < rows.length; i++) {
        fold[rows[i]] = i % k;
      }
    }
    return fold;
  }

  /**
   * Splits the data into training and test rows, stratified by the target: of each class,
   * {@code round(testFraction * classSize)} rows go to the test set.
   *
   * @param testFraction the share of test rows, in {@code (0, 1)}
   * @param seed the seed
   */
  public static TrainTest trainTest(Dataset data, double testFraction, long seed) {
    boolean[] test = testRows(data.bad(), testFraction, seed);
    return new TrainTest(data.select(rows(test, false)), data.select(rows(test, true)));
  }

  /**
   * The test rows of a stratified split, as {@link #trainTest} draws them: of each class,
   * {@code round(testFraction * classSize)} rows are test rows.
   *
   * @param bad the target
   * @param testFraction the share of test rows, in {@code (0, 1)}
   * @param seed the seed
   * @return whether each row is a test row
   */
  public static boolean[] testRows(boolean[] bad, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("testFraction must be in (0, 1); found " + testFraction);
    }
    boolean[] test = new boolean[bad.length];
    SplittableRandom random = new SplittableRandom(seed);
    for (boolean cls : new boolean[] {true, false}) {
      int[] rows = shuffled(bad, cls, random);
      long testRows = Math.round(testFraction * rows.length);
      for (int i = 0; i < testRows; i++) {
        test[rows[i]] = true;
      }
    }
    return test;
  }

  /** The rows whose fold is (or, with {@code equal} false, is not) {@code k}. */
  public static int[] rowsOfFold(int[] fold, int k, boolean equal) {
    return java.util.stream.IntStream.range(0, fold.length)
        .filter(r -> (fold[r] == k) == equal).toArray();
  }

  private static int[] rows(boolean[] flag, boolean value) {
    return java.util.stream.IntStream.range(0, flag.length)
        .filter(r -> flag[r] == value).toArray();
  }

  private static int[] shuffled(boolean[] bad, boolean cls, SplittableRandom random) {
    int[] rows = rows(bad, cls);
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = rows[i];
      rows[i] = rows[j];
      rows[j] = t;
    }
    return Arrays.copyOf(rows, rows.length);
  }

  /**
   * Stratified folds deal each class out in turn, so every held-out fold gets a bad and a good
   * exactly when each class has at least as many rows as there are folds.
   *
   * @throws InvalidInputException if the target has fewer bads or fewer goods than folds
   */
  public static void requireEveryFoldHasBothClasses(boolean[] bad, int folds) {
    int bads = 0;
    for (boolean b : bad) {
      bads += b ? 1 : 0;
    }
    int goods = bad.length - bads;
    if (bads < folds || goods < folds) {
      throw new InvalidInputException("/bad", "must hold at least as many bads and as many goods"
          + " as cross-validation folds (" + folds + ")", bads + " bads and " + goods + " goods");
    }
  }
}
