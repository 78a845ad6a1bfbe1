package dev.northbound.scoring.toolkit.evaluation;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Objects;

/** Boundary checks shared by the entry points. Messages describe values, never echo them. */
final class EvaluationChecks {

  private EvaluationChecks() {}

  /** Checks that two parallel arrays have the same length (a caller error: IAE with both sizes). */
  static void sameLength(String firstName, int first, String secondName, int second) {
    if (first != second) {
      throw new IllegalArgumentException(firstName + " and " + secondName
          + " must have the same length; found " + first + " and " + second);
    }
  }

  /** Checks that an array is non-empty and every element finite; pointer {@code /name/row}. */
  static void finite(String name, double[] values) {
    Objects.requireNonNull(values, name);
    if (values.length == 0) {
      throw new InvalidInputException("/" + name, "must not be empty", "an empty array");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new InvalidInputException("/" + name + "/" + i, "must be a finite number",
            describe(values[i]));
      }
    }
  }

  /** Checks that every element is a probability in [0, 1]. */
  static void probabilities(String name, double[] values) {
    finite(name, values);
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] <= 1)) {
        throw new InvalidInputException("/" + name + "/" + i, "must be a probability in [0, 1]",
            describe(values[i]));
      }
    }
  }

  /** Counts the bads and checks that both classes are present; returns the number of bads. */
  static int bads(boolean[] bad) {
    Objects.requireNonNull(bad, "bad");
    int bads = 0;
    for (boolean b : bad) {
      if (b) {
        bads++;
      }
    }
    if (bads == 0 || bads == bad.length) {
      throw new InvalidInputException("/bad", "must contain at least one bad and one good",
          (bads == 0 ? "no bads" : "no goods") + " among " + bad.length + " rows");
    }
    return bads;
  }

  /** Checks scores and labels together; returns the number of bads. */
  static int scored(double[] scores, boolean[] bad) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(bad, "bad");
    sameLength("scores", scores.length, "bad", bad.length);
    finite("scores", scores);
    return bads(bad);
  }

  /** Describes a number without echoing it. */
  static String describe(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return "an infinite number";
    }
    return value < 0 ? "a negative number" : value > 1 ? "a number above 1" : "a number in [0, 1]";
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
