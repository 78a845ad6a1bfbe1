package dev.northbound.scoring.models.decision;

/** The outcome of a decision, from best to worst for the applicant. */
public enum DecisionOutcome {
  /** Approved with a limit. */
  APPROVE,
  /** Referred to a human underwriter. */
  REFER,
  /** Declined. */
  DECLINE
}
