package dev.northbound.scoring.core.credit;

/** The product applied for. */
public enum ProductType {
  /** A credit card. */
  CARD,
  /** An unsecured personal loan. */
  PERSONAL_LOAN,
  /** A residential mortgage. */
  MORTGAGE
}
