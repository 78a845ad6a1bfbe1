package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Arrays;

/**
 * Collects scored rows one at a time, or in chunks, into growable primitive arrays (about 17
 * bytes a row with PDs), so that a large run never holds rows as objects. Either every row has a
 * PD or none has; the first row decides. Each row is validated as it arrives, the pointer naming
 * its row number ({@code /rows/17/score}).
 *
 * <p>Mutable and <strong>not</strong> thread-safe: use one per thread, or per partition and build
 * {@link BandCounts} from each to merge. Accessors return copies trimmed to {@link #size()}.
 */
public final class EvaluationAccumulator {

  private static final int INITIAL_CAPACITY = 1024;

  private double[] scores = new double[INITIAL_CAPACITY];
  private boolean[] bad = new boolean[INITIAL_CAPACITY];
  private double[] pd = new double[0];
  private int size;
  private Boolean withPd;

  private EvaluationAccumulator() {}

  /** A new, empty accumulator. */
  public static EvaluationAccumulator create() {
    return new EvaluationAccumulator();
  }

  /**
   * Adds a row without a PD.
   *
   * @param score a finite score
   * @param isBad the outcome, {@code true} for bad
   * @return this accumulator
   * @throws IllegalStateException if earlier rows had PDs
   */
  public EvaluationAccumulator add(double score, boolean isBad) {
    kind(false);
    append(score, isBad, 0);
    return this;
  }

  /**
   * Adds a row with a PD.
   *
   * @param score a finite score
   * @param isBad the outcome, {@code true} for bad
   * @param probability the predicted PD, in [0, 1]
   * @return this accumulator
   * @throws IllegalStateException if earlier rows had no PD
   */
  public EvaluationAccumulator add(double score, boolean isBad, double probability) {
    kind(true);
    if (!(probability >= 0 && probability <= 1)) {
      throw new InvalidInputException("/rows/" + size + "/pd", "must be a probability in [0, 1]",
          EvaluationChecks.describe(probability));
    }
    append(score, isBad, probability);
    return this;
  }

  /**
   * Adds a chunk of rows without PDs.
   *
   * @param chunkScores the scores
   * @param chunkBad the outcomes
   * @return this accumulator
   */
  public EvaluationAccumulator addAll(double[] chunkScores, boolean[] chunkBad) {
    EvaluationChecks.sameLength("scores", chunkScores.length, "bad", chunkBad.length);
    for (int i = 0; i < chunkScores.length; i++) {
      add(chunkScores[i], chunkBad[i]);
    }
    return this;
  }

  /**
   * Adds a chunk of rows with PDs.
   *
   * @param chunkScores the scores
   * @param chunkBad the outcomes
   * @param chunkPd the predicted PDs
   * @return this accumulator
   */
  public EvaluationAccumulator addAll(double[] chunkScores, boolean[] chunkBad, double[] chunkPd) {
    EvaluationChecks.sameLength("scores", chunkScores.length, "bad", chunkBad.length);
    EvaluationChecks.sameLength("scores", chunkScores.length, "pd", chunkPd.length);
    for (int i = 0; i < chunkScores.length; i++) {
      add(chunkScores[i], chunkBad[i], chunkPd[i]);
    }
    return this;
  }

  /** The number of rows added. */
  public int size() {
    return size;
  }

  /** Whether the rows carry PDs ({@code false} while empty). */
  public boolean hasPd() {
    return Boolean.TRUE.equals(withPd);
  }

  /** A copy of the scores. */
  public double[] scores() {
    return Arrays.copyOf(scores, size);
  }

  /** A copy of the outcomes. */
  public boolean[] bad() {
    return Arrays.copyOf(bad, size);
  }

  /**
   * A copy of the PDs.
   *
   * @return the PDs
   * @throws IllegalStateException if the rows carry no PD
   */
  public double[] pd() {
    if (!hasPd()) {
      throw new IllegalStateException("the rows carry no PD");
    }
    return Arrays.copyOf(pd, size);
  }

  private void kind(boolean rowHasPd) {
    if (withPd == null) {
      withPd = rowHasPd;
    } else if (withPd != rowHasPd) {
      throw new IllegalStateException("every row must have a PD or none; row " + size
          + (rowHasPd ? " has one and earlier rows had none" : " has none and earlier rows had one"));
    }
  }

  private void append(double score, boolean isBad, double probability) {
    if (!Double.isFinite(score)) {
      throw new InvalidInputException("/rows/" + size + "/score", "must be a finite number",
          EvaluationChecks.describe(score));
    }
    if (size == scores.length) {
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("an accumulator holds at most " + size + " rows");
      }
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size);
      scores = Arrays.copyOf(scores, capacity);
      bad = Arrays.copyOf(bad, capacity);
    }
    if (hasPd() && pd.length < scores.length) {
      pd = Arrays.copyOf(pd, scores.length);
    }
    scores[size] = score;
    bad[size] = isBad;
    if (hasPd()) {
      pd[size] = probability;
    }
    size++;
  }
}
