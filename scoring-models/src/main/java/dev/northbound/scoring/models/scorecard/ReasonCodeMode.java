package dev.northbound.scoring.models.scorecard;

/** What a characteristic's "points below" are measured against, as in PMML's {@code baselineMethod}. */
public enum ReasonCodeMode {
  /** Points below the most points attainable in the characteristic (PMML {@code baselineMethod="max"}). */
  POINTS_BELOW_MAX,
  /** Points below the characteristic's baseline score (PMML {@code baselineMethod="other"}). */
  POINTS_BELOW_BASELINE
}
