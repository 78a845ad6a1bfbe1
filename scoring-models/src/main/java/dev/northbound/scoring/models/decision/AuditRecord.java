package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.model.ModelInfo;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an auditor needs to replay a decision, and no raw identifier of the person: the subject
 * appears only as the HMAC-SHA256 pseudonym of the bureau subject reference (see
 * {@link SubjectPseudonymiser}).
 *
 * @param policyId the policy id
 * @param policyVersion the policy version
 * @param applicationId the bank's application reference
 * @param subjectPseudonym the keyed pseudonym of the bureau subject reference, empty without a bureau report
 * @param documents the documents the credit file was built from, with digests and statuses
 * @param models the models whose scores were used (one, or capacity then willingness)
 * @param schemaFingerprint the feature schema's fingerprint
 * @param asOf the as-of date of the decision
 * @param reportingCurrency the currency of the limit and of every amount feature
 * @param features every feature of the vector, in schema order
 */
public record AuditRecord(
    String policyId,
    String policyVersion,
    String applicationId,
    Optional<String> subjectPseudonym,
    List<DocumentAudit> documents,
    List<ModelInfo> models,
    String schemaFingerprint,
    LocalDate asOf,
    Currency reportingCurrency,
    List<AuditedFeature> features) {

  /** Validates the components; lists are copied. */
  public AuditRecord {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(subjectPseudonym, "subjectPseudonym");
    documents = List.copyOf(documents);
    models = List.copyOf(models);
    Objects.requireNonNull(schemaFingerprint, "schemaFingerprint");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reportingCurrency, "reportingCurrency");
    features = List.copyOf(features);
  }
}
