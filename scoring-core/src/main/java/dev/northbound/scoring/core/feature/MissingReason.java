package dev.northbound.scoring.core.feature;

import java.util.Optional;

/**
 * Why a feature has no value. Missing is explicit because, in thin-file scoring, the absence of data
 * is itself predictive. Each reason has a small positive code for the hot path's byte arrays
 * ({@code 0} means present).
 */
public enum MissingReason {
  /** The applicant has no Hong Kong bureau file. */
  NO_BUREAU_FILE(1),
  /** There is no history of the kind the feature needs (no cards, no bills, no tax records...). */
  NO_HISTORY(2),
  /** The feature does not apply (a ratio whose denominator is zero, months since a delinquency that never happened). */
  NOT_APPLICABLE(3),
  /** The value could not be computed for another reason (for example no exchange rate was supplied). */
  UNAVAILABLE(4),
  /**
   * The data the feature needs is not covered by a consent in force on the application date for the
   * bank and purpose of the extraction (see {@link ExtractionContext#consent()}), so it was not read.
   */
  NO_CONSENT(5);

  private static final MissingReason[] BY_CODE =
      {null, NO_BUREAU_FILE, NO_HISTORY, NOT_APPLICABLE, UNAVAILABLE, NO_CONSENT};

  private final byte code;

  MissingReason(int code) {
    this.code = (byte) code;
  }

  /** The code used in byte arrays; never 0. */
  public byte code() {
    return code;
  }

  /** The reason for a code, or empty for 0 (present) or an unknown code. */
  public static Optional<MissingReason> fromCode(byte code) {
    return code > 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
  }
}
