package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * One way of building a scorecard's training rows in the study: given the development part's
 * accepts (with their outcomes) and rejects, the rows to train the WoE scorecard on (possibly
 * weighted). A reject inference method is a candidate; so are {@link #acceptsOnly()} and, as the
 * study's bound, {@link #oracle()}.
 *
 * @param name the name shown in the report, not blank, unique in a study
 * @param trainingData (accepts, rejects) to training rows; the rejects' bad flags are the truth when
 *     the study has one and all false otherwise, and a method must ignore them (only the oracle reads
 *     them)
 */
public record Candidate(String name, BinaryOperator<Dataset> trainingData) {

  /** The training rows of the oracle; the study recognises it by identity. */
  static final BinaryOperator<Dataset> ORACLE_ROWS = Rows::concat;

  /** Validates. */
  public Candidate {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a candidate's name must not be blank");
    }
    Objects.requireNonNull(trainingData, "trainingData");
  }

  /** The accepts alone, as a bank trains without reject inference: name {@code "none"}. */
  public static Candidate acceptsOnly() {
    return new Candidate("none", (accepts, rejects) -> accepts);
  }

  /**
   * The bound no method can pass: the accepts and the rejects with their <em>true</em> outcomes
   * (weight 1 each), name {@code "oracle"}. Only a study with the truth can run it ({@link
   * RejectInferenceStudy#run} refuses it otherwise).
   */
  public static Candidate oracle() {
    return new Candidate("oracle", ORACLE_ROWS);
  }

  /** Whether this is {@link #oracle()}'s way of building rows (under any name). */
  boolean readsTheTruth() {
    return trainingData == ORACLE_ROWS;
  }
}
