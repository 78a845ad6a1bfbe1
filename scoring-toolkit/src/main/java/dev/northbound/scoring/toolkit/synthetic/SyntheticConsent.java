package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consent every synthetic applicant grants (docs/synthetic-data.md, Consent): to the bank
 * {@value #BANK}, for a credit application for the product applied for, covering exactly the sources
 * the file holds, granted 14 days before the application for one year, cross-border transfer
 * included. Derived from the generated file alone, with no random draw, so adding it moved no other
 * generated value.
 */
final class SyntheticConsent {
  private SyntheticConsent() {}

  /** The bank every synthetic consent is granted to. */
  static final String BANK = "BANK-QH-001";

  /** Days between the consent and the application. */
  static final int DAYS_BEFORE_APPLICATION = 14;

  /** The salt of the pseudonym of an applicant without a bureau report. */
  private static final long SUBJECT_SALT = 0x636F6E73656E74L; // "consent"

  /**
   * {@code file} with its consent, or unchanged if it holds no source at all (a consent covers at
   * least one).
   */
  static CreditFile addTo(CreditFile file, long seed, int index) {
    Set<DataSource> sources = file.sourcesPresent();
    if (sources.isEmpty()) {
      return file;
    }
    LocalDate granted = file.application().applicationDate().minusDays(DAYS_BEFORE_APPLICATION);
    String subject = file.bureauReport().map(HkCreditReport::subjectRef)
        .orElseGet(() -> "syn-" + Long.toHexString(Rand.derived(seed, index, SUBJECT_SALT)));
    Consent consent = new Consent(SyntheticDocument.documentId(seed, index) + "-consent", subject, BANK,
        ConsentPurpose.CREDIT_APPLICATION, Set.of(file.application().product()), sources, granted,
        granted.plusYears(1).minusDays(1), Optional.empty(), true);
    return file.withConsents(List.of(consent));
  }
}
