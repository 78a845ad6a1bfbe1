/**
 * Decisions: a {@link dev.northbound.scoring.models.decision.DecisionPolicy} read from JSON turns a
 * credit file, its feature vector and a score into an Approve, Refer or Decline with a limit,
 * bilingual reasons and an {@link dev.northbound.scoring.models.decision.AuditRecord} that names the
 * subject only by a keyed pseudonym, the consents relied on and only the features used. Fail-safe by
 * construction: missing verification, missing income, missing consent and thin files without enough
 * alternative data never approve; a thin-file path can approve a thin file with a starter limit.
 * Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.models.decision;
