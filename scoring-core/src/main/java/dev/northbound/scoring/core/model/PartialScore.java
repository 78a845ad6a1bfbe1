package dev.northbound.scoring.core.model;

import java.util.Objects;

/**
 * The points one characteristic contributed.
 *
 * @param characteristic the characteristic (feature) name
 * @param bin the label of the bin the applicant's value fell in
 * @param points the points
 */
public record PartialScore(String characteristic, String bin, double points) {
  /** Validates the components. */
  public PartialScore {
    Objects.requireNonNull(characteristic, "characteristic");
    Objects.requireNonNull(bin, "bin");
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("points must be finite, found " + points);
    }
  }
}
