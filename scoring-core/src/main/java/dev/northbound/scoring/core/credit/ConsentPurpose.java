package dev.northbound.scoring.core.credit;

/** What the applicant allowed the data to be used for (PIPL art. 14: a stated purpose). */
public enum ConsentPurpose {
  /** Assessing this application for credit. */
  CREDIT_APPLICATION,
  /** Reviewing an existing account (limit reviews, renewals). */
  ACCOUNT_REVIEW,
  /** Offering products; never enough for a credit decision. */
  MARKETING
}
