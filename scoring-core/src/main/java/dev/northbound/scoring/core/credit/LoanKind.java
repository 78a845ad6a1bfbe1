package dev.northbound.scoring.core.credit;

/** The kind of an instalment loan. */
public enum LoanKind {
  /** Unsecured personal instalment loan. */
  PERSONAL,
  /** Residential mortgage. */
  MORTGAGE,
  /** Hire purchase of a vehicle, vessel or equipment. */
  HIRE_PURCHASE,
  /** Loan taken to pay salaries tax. */
  TAX,
  /** Student loan. */
  STUDENT
}
