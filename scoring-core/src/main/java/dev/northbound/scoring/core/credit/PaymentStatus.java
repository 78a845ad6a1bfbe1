package dev.northbound.scoring.core.credit;

import java.util.Optional;

/**
 * The canonical monthly repayment status of an account. Per-bureau codes are mapped to these by
 * adapters; the document format writes the {@link #code()}.
 *
 * <p>The 60-day boundary is kept because Hong Kong treats more than 60 days past due as a material
 * default.
 */
public enum PaymentStatus {
  /** Paid as agreed. */
  CURRENT("C", 0, 0),
  /** 30 to 59 days past due. */
  DPD_30("30", 30, 1),
  /** 60 to 89 days past due. */
  DPD_60("60", 60, 2),
  /** 90 to 119 days past due. */
  DPD_90("90", 90, 3),
  /** 120 to 149 days past due. */
  DPD_120("120", 120, 4),
  /** 150 to 179 days past due. */
  DPD_150("150", 150, 5),
  /** 180 or more days past due. */
  DPD_180_PLUS("180", 180, 6),
  /** Written off by the lender. */
  CHARGED_OFF("CO", 180, 7),
  /** Closed by settlement (for less than the full amount, or after default). */
  SETTLED("S", 0, 0),
  /** No payment due and no activity this month. */
  NO_ACTIVITY("N", 0, 0),
  /** The bureau does not know. */
  UNKNOWN("U", 0, 0);

  private static final PaymentStatus[] VALUES = values();

  private final String code;
  private final int daysPastDue;
  private final int severity;

  PaymentStatus(String code, int daysPastDue, int severity) {
    this.code = code;
    this.daysPastDue = daysPastDue;
    this.severity = severity;
  }

  /** The code in the document format. */
  public String code() {
    return code;
  }

  /** The lower bound of days past due this status means (0 for statuses that are not delinquent). */
  public int daysPastDue() {
    return daysPastDue;
  }

  /**
   * An ordinal of badness: 0 for current, settled, no activity or unknown; 1 to 6 for 30 to 180+
   * days past due; 7 for charged off.
   */
  public int severity() {
    return severity;
  }

  /** Whether the month carries information about repayment (not {@link #NO_ACTIVITY} or {@link #UNKNOWN}). */
  public boolean isObserved() {
    return this != NO_ACTIVITY && this != UNKNOWN;
  }

  /** Looks a status up by its code. */
  public static Optional<PaymentStatus> fromCode(String code) {
    for (PaymentStatus s : VALUES) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
