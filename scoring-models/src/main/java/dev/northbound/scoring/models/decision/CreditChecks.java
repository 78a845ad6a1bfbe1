package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import java.time.LocalDate;
import java.time.YearMonth;

/** The checks on the credit file behind the knock-out and verification rules. */
final class CreditChecks {
  private CreditChecks() {}

  /** Whether a bankruptcy or IVA filed on or before {@code asOf} is undischarged on {@code asOf}. */
  static boolean activeBankruptcyOrIva(CreditFile file, LocalDate asOf) {
    if (file.bureauReport().isEmpty()) {
      return false;
    }
    for (PublicRecord r : file.bureauReport().get().publicRecords()) {
      if ((r.type() == PublicRecordType.BANKRUPTCY || r.type() == PublicRecordType.IVA) && r.isActiveOn(asOf)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any account shows a {@link PaymentStatus#CHARGED_OFF} month in the {@code years} years up
   * to the month of {@code asOf} (months after it are ignored).
   */
  static boolean chargeOffWithin(CreditFile file, LocalDate asOf, int years) {
    if (file.bureauReport().isEmpty()) {
      return false;
    }
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusYears(years);
    HkCreditReport report = file.bureauReport().get();
    for (Account a : report.accounts()) {
      for (MonthlyStatus m : a.history().months()) {
        if (m.status() == PaymentStatus.CHARGED_OFF && !m.month().isAfter(last) && m.month().isAfter(first)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any document has the given status. */
  static boolean anyDocument(CreditFile file, VerificationStatus status) {
    for (DocumentProvenance d : file.documents()) {
      if (d.status() == status) {
        return true;
      }
    }
    return false;
  }

  /** The number of bureau accounts, 0 without a bureau report. */
  static int bureauAccounts(CreditFile file) {
    return file.bureauReport().map(r -> r.accounts().size()).orElse(0);
  }
}
