package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * Which characteristics were kept for the fit and why the others were dropped.
 *
 * @param selected the kept characteristics: the forced ones first, then by descending IV (name on a
 *     tie)
 * @param dropped the dropped characteristics with their reasons, in the order they were judged
 * @param forced the characteristics the spec forced in (each also in {@code selected}), by name
 * @param flagged characteristics flagged but not dropped, such as an IV above the spec's ceiling
 *     (a likely leak), in the order they were judged
 */
public record SelectionReport(List<String> selected, List<Dropped> dropped, List<String> forced,
    List<Flagged> flagged) {

  /** Validates and copies. */
  public SelectionReport {
    selected = List.copyOf(selected);
    dropped = List.copyOf(dropped);
    forced = List.copyOf(forced);
    flagged = List.copyOf(flagged);
  }

  /** A report with nothing forced and nothing flagged. */
  public SelectionReport(List<String> selected, List<Dropped> dropped) {
    this(selected, dropped, List.of(), List.of());
  }

  /** This report with other selected characteristics and drops; forced and flagged kept. */
  SelectionReport with(List<String> newSelected, List<Dropped> newDropped) {
    return new SelectionReport(newSelected, newDropped, forced, flagged);
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
    SINGULAR_FIT,
    /** The spec excludes it ({@code "role": "exclude"}). */
    EXCLUDED_BY_SPEC,
    /** Its IV is above the spec's ceiling and the spec says to drop such (a likely leak). */
    HIGH_IV,
    /** It had the highest variance inflation factor, above the spec's ceiling. */
    HIGH_VIF,
    /** Backward elimination: its slope had the highest p-value, above the spec's ceiling. */
    HIGH_P_VALUE,
    /** Its slope was not negative (higher WoE must mean lower risk); dropped and refitted. */
    WRONG_SIGN
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

  /**
   * A characteristic flagged for the modeller's attention but kept.
   *
   * @param characteristic its name
   * @param detail a sentence with the numbers, for example
   *     {@code "IV 0.6123 is above the ceiling 0.5000: a likely leak"}
   */
  public record Flagged(String characteristic, String detail) {

    /** Validates. */
    public Flagged {
      Objects.requireNonNull(characteristic, "characteristic");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
