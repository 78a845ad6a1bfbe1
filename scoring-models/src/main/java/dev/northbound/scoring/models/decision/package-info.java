/**
 * Decisions: a {@link dev.northbound.scoring.models.decision.DecisionPolicy} read from JSON turns a
 * credit file, its feature vector and a score into an Approve, Refer or Decline with a limit,
 * bilingual reasons and an {@link dev.northbound.scoring.models.decision.AuditRecord} that names the
 * subject only by a keyed pseudonym. Fail-safe by construction: missing verification, missing income
 * and thin files without enough alternative data never approve. Nothing in this package's API is
 * null unless marked.
 */
package dev.northbound.scoring.models.decision;
