package dev.northbound.scoring.core.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One Hong Kong bureau file as the applicant brought it.
 *
 * <p>The subject is identified only by a pseudonymous reference, never by an HKID; outputs carry a
 * keyed hash of even that reference. {@link #toString()} describes the report's shape and never
 * prints the reference, a name or an amount, so a report that reaches a log leaks nothing.
 *
 * @param subjectRef the pseudonymous subject reference
 * @param bureau the bureau's name, for example "TransUnion HK"
 * @param reportDate the date the report was drawn
 * @param accounts the tradelines
 * @param enquiries the enquiries
 * @param publicRecords bankruptcies, IVAs and judgments
 * @param defaults default records
 */
public record HkCreditReport(
    String subjectRef,
    String bureau,
    LocalDate reportDate,
    List<Account> accounts,
    List<Enquiry> enquiries,
    List<PublicRecord> publicRecords,
    List<DefaultRecord> defaults) {

  /** Validates the report; every list is copied. */
  public HkCreditReport {
    RecordChecks.notBlank(subjectRef, "subjectRef");
    RecordChecks.notBlank(bureau, "bureau");
    Objects.requireNonNull(reportDate, "reportDate");
    accounts = RecordChecks.list(accounts, "accounts");
    enquiries = RecordChecks.list(enquiries, "enquiries");
    publicRecords = RecordChecks.list(publicRecords, "publicRecords");
    defaults = RecordChecks.list(defaults, "defaults");
  }

  /** The report's shape: its date and how many records of each kind; no reference, name or amount. */
  @Override
  public String toString() {
    return "HkCreditReport[subjectRef redacted, reportDate=" + reportDate + ", " + accounts.size() + " accounts, "
        + enquiries.size() + " enquiries, " + publicRecords.size() + " public records, " + defaults.size()
        + " defaults]";
  }
}
