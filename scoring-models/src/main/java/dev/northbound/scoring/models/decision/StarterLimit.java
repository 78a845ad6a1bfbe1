package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.money.Money;
import java.util.Objects;

/**
 * The starter-limit rule of a policy's thin-file path: an approved thin file gets the affordability
 * limit on a term of at most {@code maxTermMonths}, capped at {@code maxAmount}.
 *
 * @param maxAmount the largest starter limit, in the reporting currency; positive
 * @param maxTermMonths the longest term a loan's starter limit is computed on, 1 to 480
 */
public record StarterLimit(Money maxAmount, int maxTermMonths) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the amount is not positive or the term outside 1 to 480
   */
  public StarterLimit {
    Objects.requireNonNull(maxAmount, "maxAmount");
    if (maxAmount.amount().signum() <= 0 || maxTermMonths < 1 || maxTermMonths > 480) {
      throw new IllegalArgumentException("a starter limit needs a positive amount and a term of 1 to 480 months");
    }
  }

  /** The term a loan's starter limit is computed on: the shorter of the application's and the maximum. */
  public int termFor(int applicationTermMonths) {
    return Math.min(applicationTermMonths, maxTermMonths);
  }
}
