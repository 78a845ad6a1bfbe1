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
 * @param consents the applicant's consents the file carries (format version 2; none in version 1)
 */
public record CreditFile(
    Application application,
    Optional<HkCreditReport> bureauReport,
    AlternativeData alternativeData,
    List<DocumentProvenance> documents,
    List<Consent> consents) {

  /** Validates the components; the lists are copied. */
  public CreditFile {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(bureauReport, "bureauReport");
    Objects.requireNonNull(alternativeData, "alternativeData");
    documents = RecordChecks.list(documents, "documents");
    consents = RecordChecks.list(consents, "consents");
  }

  /** A file without consents (as every file of format version 1). */
  public CreditFile(Application application, Optional<HkCreditReport> bureauReport, AlternativeData alternativeData,
      List<DocumentProvenance> documents) {
    this(application, bureauReport, alternativeData, documents, List.of());
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
    return new CreditFile(application, bureauReport, alternativeData, provenance, consents);
  }

  /** The same file with the given consents instead of this one's. */
  public CreditFile withConsents(List<Consent> replacement) {
    return new CreditFile(application, bureauReport, alternativeData, documents, replacement);
  }

  /**
   * The same file keeping only the data of {@code sources}: without {@link DataSource#HK_BUREAU} the
   * bureau report is dropped, and each alternative-data list whose source is not named is emptied.
   * The application, provenance and consents are kept. Returns this file when nothing is dropped.
   */
  public CreditFile restrictedTo(java.util.Set<DataSource> sources) {
    Objects.requireNonNull(sources, "sources");
    AlternativeData alt = alternativeData;
    boolean bureau = sources.contains(DataSource.HK_BUREAU) || bureauReport.isEmpty();
    boolean bills = sources.contains(DataSource.UTILITIES) || alt.bills().isEmpty();
    boolean rent = sources.contains(DataSource.RENT) || alt.rent().isEmpty();
    boolean tax = sources.contains(DataSource.TAX) || alt.taxRecords().isEmpty();
    boolean mpf = sources.contains(DataSource.MPF) || alt.mpf().isEmpty();
    boolean si = sources.contains(DataSource.SOCIAL_INSURANCE) || alt.socialInsurance().isEmpty();
    if (bureau && bills && rent && tax && mpf && si) {
      return this;
    }
    AlternativeData kept = new AlternativeData(bills ? alt.bills() : List.of(), rent ? alt.rent() : List.of(),
        tax ? alt.taxRecords() : List.of(), mpf ? alt.mpf() : List.of(),
        si ? alt.socialInsurance() : List.of());
    return new CreditFile(application, bureau ? bureauReport : Optional.empty(), kept, documents, consents);
  }

  /** The sources whose data this file holds (a source with an empty list is not held). */
  public java.util.Set<DataSource> sourcesPresent() {
    java.util.EnumSet<DataSource> s = java.util.EnumSet.noneOf(DataSource.class);
    AlternativeData alt = alternativeData;
    if (bureauReport.isPresent()) {
      s.add(DataSource.HK_BUREAU);
    }
    if (!alt.taxRecords().isEmpty()) {
      s.add(DataSource.TAX);
    }
    if (!alt.mpf().isEmpty()) {
      s.add(DataSource.MPF);
    }
    if (!alt.socialInsurance().isEmpty()) {
      s.add(DataSource.SOCIAL_INSURANCE);
    }
    if (!alt.bills().isEmpty()) {
      s.add(DataSource.UTILITIES);
    }
    if (!alt.rent().isEmpty()) {
      s.add(DataSource.RENT);
    }
    return s;
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
    return sb.append("], consents: ").append(consents.size()).append(']').toString();
  }
}
