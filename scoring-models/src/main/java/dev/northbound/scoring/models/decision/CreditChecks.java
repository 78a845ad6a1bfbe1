package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.PaymentHistory;
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
    int lastIndex = monthIndex(last);
    int firstIndex = monthIndex(last.minusYears(years));
    for (Account a : file.bureauReport().get().accounts()) {
      PaymentHistory history = a.history();
      // Only the charged-off months, from the history's bit set; most accounts have none.
      for (long bits = history.positionsOf(PaymentStatus.CHARGED_OFF); bits != 0; bits &= bits - 1) {
        int month = history.monthIndex(Long.numberOfTrailingZeros(bits));
        if (month <= lastIndex && month > firstIndex) {
          return true;
        }
      }
    }
    return false;
  }

  /** A month as {@link PaymentHistory#monthIndex(int)} numbers it: {@code year * 12 + month - 1}. */
  private static int monthIndex(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
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
