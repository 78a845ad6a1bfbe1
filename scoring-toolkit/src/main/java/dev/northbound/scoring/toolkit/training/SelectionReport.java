package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * Which characteristics were kept for the fit and why the others were dropped.
 *
 * @param selected the kept characteristics, by descending IV (name on a tie)
 * @param dropped the dropped characteristics with their reasons, in the order they were judged
 */
public record SelectionReport(List<String> selected, List<Dropped> dropped) {

  /** Copies. */
  public SelectionReport {
    selected = List.copyOf(selected);
    dropped = List.copyOf(dropped);
  }

  /** Why a characteristic was dropped. */
  public enum Reason {
    /** Its IV is below the threshold. */
    LOW_IV,
    /** Its WoE correlates above the threshold with a kept characteristic of higher IV. */
    CORRELATED,
    /** Its WoE is (nearly) a linear combination of the kept characteristics' WoE. */
    COLLINEAR,
    /**
     * The logistic fit's Hessian became singular along it (aliased with the kept characteristics
     * under the fit's weights, or separating goods from bads), so it was dropped and the fit redone.
     */
    SINGULAR_FIT
  }

  /**
   * A dropped characteristic.
   *
   * @param characteristic its name
   * @param reason why
   * @param detail a sentence with the numbers, for example
   *     {@code "IV 0.0100 is below the threshold 0.0200"} or
   *     {@code "|r| = 0.8123 with duration (IV 0.2000) exceeds 0.7000"}
   */
  public record Dropped(String characteristic, Reason reason, String detail) {

    /** Validates. */
    public Dropped {
      Objects.requireNonNull(characteristic, "characteristic");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
