package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.RegisteredDigest;
import java.util.Locale;
import java.util.Objects;

/**
 * A synthetic applicant as an issued document: its compact canonical bytes, the digest its issuer
 * registers, and the applicant it came from.
 *
 * @param applicant the generated applicant
 * @param documentId the document id, {@code syn-<seed>-<index>}
 * @param bytes the compact canonical document ({@link CreditFileWriter#compact()})
 * @param registration the digest the issuer registers for it
 */
public record SyntheticDocument(SyntheticApplicant applicant, String documentId, byte[] bytes,
    RegisteredDigest registration) {

  /** The issuer of synthetic files that include a bureau report. */
  public static final String BUREAU_ISSUER = "Synthetic HK bureau";

  /** The issuer of synthetic thin files (alternative data only). */
  public static final String ALTERNATIVE_ISSUER = "Synthetic alternative-data issuer";

  /** Validates the components (the bytes are not copied: the record is internal to a run). */
  public SyntheticDocument {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(registration, "registration");
  }

  /** The document id of applicant {@code index} under {@code seed}. */
  public static String documentId(long seed, int index) {
    return String.format(Locale.ROOT, "syn-%d-%07d", seed, index);
  }

  /**
   * Issues the applicant's document: writes it compactly and registers its digest with the issuer
   * that fits it.
   */
  public static SyntheticDocument issue(SyntheticApplicant applicant, long seed, DocumentIssuer bureau,
      DocumentIssuer alternative) {
    String id = documentId(seed, applicant.index());
    byte[] bytes = CreditFileWriter.compact().write(applicant.creditFile(), id);
    DocumentIssuer issuer = applicant.creditFile().bureauReport().isPresent() ? bureau : alternative;
    return new SyntheticDocument(applicant, id, bytes, issuer.issue(id, bytes));
  }
}
