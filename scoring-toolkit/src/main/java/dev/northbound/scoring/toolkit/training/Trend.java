package dev.northbound.scoring.toolkit.training;

/**
 * The shape the bad rate must take across the ordered interval bins of a numeric characteristic
 * (from the lowest values to the highest). Steps are strict: two neighbouring bins never have the
 * same bad rate.
 */
public enum Trend {
  /** The bad rate rises from bin to bin. */
  ASCENDING,
  /** The bad rate falls from bin to bin. */
  DESCENDING,
  /** The bad rate rises, then falls: at least one rise followed by at least one fall. */
  PEAK,
  /** The bad rate falls, then rises: at least one fall followed by at least one rise. */
  VALLEY,
  /** Whichever of the four above gives the highest IV under the other constraints. */
  AUTO,
  /**
   * No shape: the bad rate may rise and fall freely (neighbouring bins still differ). Only when asked
   * for by name; {@link #AUTO} never chooses it.
   */
  NONE
}
