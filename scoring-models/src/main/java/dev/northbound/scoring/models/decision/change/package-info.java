/**
 * What would change a decision: for a Refer or Decline, the documents the applicant could bring
 * ({@link dev.northbound.scoring.models.decision.change.DocumentAction}) that would most raise the
 * score or lift a policy rule, with bilingual texts, computed by
 * {@link dev.northbound.scoring.models.decision.change.WhatWouldChange} from the scorecard and the
 * policy (through a caller's {@link dev.northbound.scoring.models.decision.change.Redecider}).
 * Format and rules in {@code docs/what-would-change.md}. Nothing in this package's API is null, and
 * no text carries anything personal: only counts and source names.
 */
package dev.northbound.scoring.models.decision.change;
