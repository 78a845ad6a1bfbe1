package dev.northbound.scoring.core.consent;

/**
 * Whether one source may be read for a scope on a date, and if not, why. When several consents name
 * a source, any {@link #GRANTED} wins; otherwise the finding of the consent that came closest
 * (the first, in this order from {@link #WITHDRAWN}, that applies) is reported.
 */
public enum ConsentFinding {
  /** A consent in force covers the source for this bank, purpose, product and crossing. */
  GRANTED,
  /** A consent covered it but was withdrawn on or before the date. */
  WITHDRAWN,
  /** A consent covered it but expired before the date. */
  EXPIRED,
  /** A consent covers it from a later date only. */
  NOT_YET_VALID,
  /** A consent names the source but for another purpose or does not cover the product. */
  OUTSIDE_PURPOSE,
  /** A consent names the source for this purpose but not cross-border transfer. */
  NOT_CROSS_BORDER,
  /** A consent names the source but was granted to another bank. */
  OTHER_BANK,
  /** A consent names the source but was granted by another subject than the bureau report's. */
  OTHER_SUBJECT,
  /** No consent names the source. */
  NO_CONSENT
}
