package dev.northbound.scoring.toolkit.data;

/** The performance outcome of an application, as recorded in training and evaluation data. */
public enum PerformanceOutcome {
  /** Repaid as agreed through the performance window. */
  GOOD,
  /** Went bad within the performance window (for example 90+ days past due in 12 months). */
  BAD,
  /** Neither clearly good nor bad; excluded from training and evaluation. */
  INDETERMINATE;

  /** The code used in JSON Lines files. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
