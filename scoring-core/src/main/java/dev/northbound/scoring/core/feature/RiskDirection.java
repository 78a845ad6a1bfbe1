package dev.northbound.scoring.core.feature;

/** How risk is expected to move as a feature's value rises. */
public enum RiskDirection {
  /** Higher values mean higher risk (for example months past due). */
  INCREASING,
  /** Higher values mean lower risk (for example on-time share). */
  DECREASING,
  /** No monotone expectation (for example counts used for routing). */
  NONE
}
