package dev.northbound.scoring.core.credit;

/** The kind of a public record. */
public enum PublicRecordType {
  /** A bankruptcy order. */
  BANKRUPTCY,
  /** An Individual Voluntary Arrangement or other debt restructuring. */
  IVA,
  /** A judgment for money owed. */
  JUDGMENT
}
