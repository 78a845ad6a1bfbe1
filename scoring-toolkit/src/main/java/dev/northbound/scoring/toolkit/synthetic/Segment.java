package dev.northbound.scoring.toolkit.synthetic;

/**
 * The kind of applicant in the synthetic portfolio. Each segment has its own latent distribution,
 * data footprint and outcome effect (documented in {@code docs/synthetic-data.md}); the mix is set
 * by {@link GeneratorConfig#segmentShares()}.
 */
public enum Segment {
  /**
   * Hong Kong professionals working in Shenzhen or Qianhai: thick Hong Kong bureau files, MPF (or
   * MPF that stopped when they moved to a mainland payroll), Hong Kong and mainland tax.
   */
  YOUNG_PROFESSIONAL,
  /**
   * Recent graduates: thin files with no Hong Kong bureau report; utility, telecom, rent, mainland
   * social insurance and sometimes a small Hong Kong tax record.
   */
  RECENT_GRADUATE,
  /**
   * Self-employed cross-border traders: income in both HKD and CNY, Hong Kong and mainland tax,
   * tradelines and bills in both currencies.
   */
  CROSS_BORDER_TRADER,
  /**
   * Retirees moving to Guangdong: pensions, MPF history that has stopped, long old bureau history
   * and little debt.
   */
  RETIREE,
  /**
   * A small over-indebted group: high utilisation, many enquiries and recent delinquencies.
   */
  OVER_INDEBTED
}
