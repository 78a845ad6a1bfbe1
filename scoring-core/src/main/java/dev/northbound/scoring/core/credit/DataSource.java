package dev.northbound.scoring.core.credit;

/**
 * A source of personal data a credit file can carry, the unit a consent covers and a model declares
 * it uses. The application itself (what the applicant told this bank) is not a source: it needs no
 * cross-boundary consent.
 */
public enum DataSource {
  /** The Hong Kong bureau report ({@code bureauReport}). */
  HK_BUREAU,
  /** Tax assessments, Hong Kong or mainland ({@code alternativeData.taxRecords}). */
  TAX,
  /** Hong Kong MPF contributions ({@code alternativeData.mpf}). */
  MPF,
  /** Mainland social-insurance contributions ({@code alternativeData.socialInsurance}). */
  SOCIAL_INSURANCE,
  /** Utility and telecom bills ({@code alternativeData.bills}). */
  UTILITIES,
  /** Rent payments ({@code alternativeData.rent}). */
  RENT
}
