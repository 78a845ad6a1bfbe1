package dev.northbound.scoring.core.feature;

/** The family a feature belongs to. */
public enum FeatureGroup {
  /** Repayment capacity: verified income against debt. */
  CAPACITY,
  /** Repayment willingness: how the person has repaid. */
  WILLINGNESS,
  /** Appetite for new credit: enquiries and new accounts. */
  CREDIT_DEMAND,
  /** How long and how much history there is. */
  DEPTH_OF_HISTORY,
  /** Payment behaviour on bills, rent and tax. */
  ALTERNATIVE_DATA,
  /** Which sources exist at all, so thin files can be routed. */
  THIN_FILE
}
