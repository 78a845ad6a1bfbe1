package dev.northbound.scoring.core.credit;

/** A tax jurisdiction. */
public enum Jurisdiction {
  /** Hong Kong salaries tax (year of assessment 1 April to 31 March). */
  HK,
  /** Mainland individual income tax (calendar year). */
  MAINLAND
}
