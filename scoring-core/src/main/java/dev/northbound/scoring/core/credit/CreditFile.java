package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a mainland bank knows about one Hong Kong applicant: the application, at most one Hong
 * Kong bureau report, any alternative data, and the provenance of every document it was built from.
 *
 * <p>The provenance travels into every score and decision so an auditor can tell which verified
 * documents a decision rests on.
 *
 * <p>{@link #toString()} describes the file's shape only (product, dates, counts, document ids and
 * statuses): a credit file that reaches a log leaks no subject reference, name or amount.
 *
 * @param application the application
 * @param bureauReport the Hong Kong bureau report, if the applicant has one
 * @param alternativeData bills, rent, tax, MPF and social insurance
 * @param documents the provenance of each document the file was built from
 */
public record CreditFile(
    Application application,
    Optional<HkCreditReport> bureauReport,
    AlternativeData alternativeData,
    List<DocumentProvenance> documents) {

  /** Validates the components; the document list is copied. */
  public CreditFile {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(bureauReport, "bureauReport");
    Objects.requireNonNull(alternativeData, "alternativeData");
    documents = RecordChecks.list(documents, "documents");
  }

  /** Whether every document the file was built from passed verification (and there is at least one). */
  public boolean allDocumentsVerified() {
    if (documents.isEmpty()) {
      return false;
    }
    for (DocumentProvenance d : documents) {
      if (d.status() != VerificationStatus.VERIFIED) {
        return false;
      }
    }
    return true;
  }

  /** The same file with the given provenance instead of this one's. */
  public CreditFile withDocuments(List<DocumentProvenance> provenance) {
    return new CreditFile(application, bureauReport, alternativeData, provenance);
  }

  /** The file's shape: product, dates, record counts, document ids and statuses; no personal data. */
  @Override
  public String toString() {
    AlternativeData alt = alternativeData;
    StringBuilder sb = new StringBuilder("CreditFile[").append(application.product()).append(" applied ")
        .append(application.applicationDate()).append(", ")
        .append(bureauReport.map(HkCreditReport::toString).orElse("no bureau report")).append(", alternative data: ")
        .append(alt.bills().size()).append(" bills, ").append(alt.rent().size()).append(" rent payments, ")
        .append(alt.taxRecords().size()).append(" tax records, ").append(alt.mpf().size()).append(" MPF months, ")
        .append(alt.socialInsurance().size()).append(" social-insurance months, documents: [");
    for (int i = 0; i < documents.size(); i++) {
      DocumentProvenance d = documents.get(i);
      sb.append(i == 0 ? "" : ", ").append(d.documentId()).append(' ').append(d.status());
    }
    return sb.append("]]").toString();
  }
}
