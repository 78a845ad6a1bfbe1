package dev.northbound.scoring.toolkit.evaluation;

/**
 * The action band of a population (or characteristic) stability index: {@code STABLE < 0.10 <=
 * WATCH <= 0.25 < SHIFTED}.
 */
public enum StabilityBand {
  /** PSI below 0.10: no action. */
  STABLE,
  /** PSI from 0.10 to 0.25 inclusive: monitor and investigate. */
  WATCH,
  /** PSI above 0.25: review or redevelop. */
  SHIFTED;

  /**
   * The band of an index value.
   *
   * @param index a finite index, at least 0
   * @return its band
   */
  public static StabilityBand of(double index) {
    EvaluationChecks.require(index >= 0 && Double.isFinite(index), "index must be finite, >= 0");
    return index < 0.10 ? STABLE : index <= 0.25 ? WATCH : SHIFTED;
  }
}
