package dev.northbound.scoring.core.credit;

/** The kind of a recurring bill. */
public enum BillKind {
  /** Electricity. */
  ELECTRICITY,
  /** Water. */
  WATER,
  /** Town gas or LPG. */
  GAS,
  /** Mobile phone. */
  MOBILE,
  /** Fixed broadband or landline. */
  BROADBAND;

  /** Whether the bill is a telecom bill (mobile or broadband) rather than a utility bill. */
  public boolean isTelecom() {
    return this == MOBILE || this == BROADBAND;
  }
}
