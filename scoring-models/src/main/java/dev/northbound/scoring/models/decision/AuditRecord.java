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
 * @param features the features the decision used, in schema order: those the models declare and the
 *     policy's own (every feature of the vector when a model declares none); data minimisation
 * @param consents the consents relied on, in file order (empty when the policy checks no consent)
 * @param secondLook both scores of a second-look decision; empty for any other decision
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
    List<AuditedFeature> features,
    List<ConsentAudit> consents,
    Optional<SecondLook> secondLook) {

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
    consents = List.copyOf(consents);
    Objects.requireNonNull(secondLook, "secondLook");
  }

  /** A record without consents relied on and without a second look (the form before both existed). */
  public AuditRecord(String policyId, String policyVersion, String applicationId, Optional<String> subjectPseudonym,
      List<DocumentAudit> documents, List<ModelInfo> models, String schemaFingerprint, LocalDate asOf,
      Currency reportingCurrency, List<AuditedFeature> features) {
    this(policyId, policyVersion, applicationId, subjectPseudonym, documents, models, schemaFingerprint, asOf,
        reportingCurrency, features, List.of(), Optional.empty());
  }
}
