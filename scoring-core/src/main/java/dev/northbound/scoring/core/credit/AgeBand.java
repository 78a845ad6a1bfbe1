package dev.northbound.scoring.core.credit;

/** The applicant's age band; exact age and date of birth never enter the library. */
public enum AgeBand {
  /** Under 18: never eligible. */
  UNDER_18,
  /** 18 to 24. */
  AGE_18_24,
  /** 25 to 34. */
  AGE_25_34,
  /** 35 to 44. */
  AGE_35_44,
  /** 45 to 54. */
  AGE_45_54,
  /** 55 to 64. */
  AGE_55_64,
  /** 65 and over. */
  AGE_65_PLUS
}
