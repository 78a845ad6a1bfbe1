package dev.northbound.scoring.toolkit.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * A population stability index (PSI) of a score, or a characteristic stability index (CSI) of one
 * characteristic: the same formula, {@code Σ (c - b) ln(c / b)} over the bins, b and c the
 * baseline and current shares.
 *
 * @param value the index, finite and at least 0
 * @param band its action band
 * @param bins the bins, in band (or code) order
 */
public record StabilityIndex(double value, StabilityBand band, List<StabilityBin> bins) {

  /** Checks that the band matches the value; the list is copied. */
  public StabilityIndex {
    Objects.requireNonNull(band, "band");
    bins = List.copyOf(bins);
    EvaluationChecks.require(band == StabilityBand.of(value), "band must be the band of the value");
  }
}
