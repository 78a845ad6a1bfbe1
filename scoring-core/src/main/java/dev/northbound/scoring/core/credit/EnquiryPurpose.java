package dev.northbound.scoring.core.credit;

/** Why a lender accessed the bureau file. */
public enum EnquiryPurpose {
  /** A credit-card application. */
  CREDIT_CARD,
  /** A personal-loan application. */
  PERSONAL_LOAN,
  /** A mortgage application. */
  MORTGAGE,
  /** A review of an existing account (usually soft). */
  ACCOUNT_REVIEW,
  /** Any other purpose. */
  OTHER
}
