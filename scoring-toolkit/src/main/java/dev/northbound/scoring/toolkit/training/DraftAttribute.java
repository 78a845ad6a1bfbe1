package dev.northbound.scoring.toolkit.training;

import java.util.Objects;

/**
 * One attribute (bin) of a draft scorecard characteristic with its points.
 *
 * @param attribute what the bin covers
 * @param woe the bin's Weight of Evidence, {@code ln(%good / %bad)}
 * @param points the points the bin adds to the score, finite
 */
public record DraftAttribute(Attribute attribute, double woe, double points) {

  /** Validates. */
  public DraftAttribute {
    Objects.requireNonNull(attribute, "attribute");
    if (!Double.isFinite(woe) || !Double.isFinite(points)) {
      throw new IllegalArgumentException(attribute + ": WoE and points must be finite");
    }
  }
}
