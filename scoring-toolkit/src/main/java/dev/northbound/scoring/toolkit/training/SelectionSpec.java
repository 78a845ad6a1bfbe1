package dev.northbound.scoring.toolkit.training;

import java.util.OptionalDouble;

/**
 * The selection settings of a training spec; see {@code docs/training-spec.md} and {@link Selector}.
 *
 * @param ivFloor the least IV a characteristic needs (forced ones exempt)
 * @param ivCeiling an IV above it is flagged as a likely leak (empty: no ceiling)
 * @param dropAboveIvCeiling whether a characteristic above the IV ceiling is dropped
 *     ({@link SelectionReport.Reason#HIGH_IV}) rather than only flagged
 * @param correlationCeiling the greatest |r| between two selected WoE columns
 * @param vifCeiling the greatest variance inflation factor of a selected WoE column (empty: no
 *     VIF step)
 * @param maxPValue the greatest Wald p-value of a slope after backward elimination (empty: none)
 * @param signCheck whether every slope must be negative (higher WoE, lower risk)
 */
public record SelectionSpec(double ivFloor, OptionalDouble ivCeiling, boolean dropAboveIvCeiling,
    double correlationCeiling, OptionalDouble vifCeiling, OptionalDouble maxPValue,
    boolean signCheck) {

  /** Validates. */
  public SelectionSpec {
    if (!(ivFloor >= 0 && Double.isFinite(ivFloor))) {
      throw new IllegalArgumentException("ivFloor must be finite and not negative");
    }
    if (ivCeiling.isPresent() && !(ivCeiling.getAsDouble() > ivFloor
        && Double.isFinite(ivCeiling.getAsDouble()))) {
      throw new IllegalArgumentException("ivCeiling must be finite and above ivFloor");
    }
    if (dropAboveIvCeiling && ivCeiling.isEmpty()) {
      throw new IllegalArgumentException("dropAboveIvCeiling needs an ivCeiling");
    }
    if (!(correlationCeiling > 0 && correlationCeiling <= 1)) {
      throw new IllegalArgumentException("correlationCeiling must be in (0, 1]");
    }
    if (vifCeiling.isPresent() && !(vifCeiling.getAsDouble() >= 1
        && Double.isFinite(vifCeiling.getAsDouble()))) {
      throw new IllegalArgumentException("vifCeiling must be finite and at least 1");
    }
    if (maxPValue.isPresent() && !(maxPValue.getAsDouble() > 0 && maxPValue.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("maxPValue must be in (0, 1]");
    }
  }

  /** The selection of a run without a spec: IV 0.02, |r| 0.7, nothing else. */
  public static SelectionSpec automatic() {
    return new SelectionSpec(0.02, OptionalDouble.empty(), false, 0.7, OptionalDouble.empty(),
        OptionalDouble.empty(), false);
  }
}
