package dev.northbound.scoring.core.credit;

/** A mainland social-insurance scheme. */
public enum InsuranceScheme {
  /** Basic pension. */
  PENSION,
  /** Basic medical insurance. */
  MEDICAL,
  /** Unemployment insurance. */
  UNEMPLOYMENT,
  /** Work-injury insurance. */
  WORK_INJURY,
  /** Maternity insurance. */
  MATERNITY,
  /** Housing provident fund. */
  HOUSING_FUND
}
