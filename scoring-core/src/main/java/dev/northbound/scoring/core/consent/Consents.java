package dev.northbound.scoring.core.consent;

import dev.northbound.scoring.core.credit.CreditFile;
import java.time.LocalDate;

/** Checks a credit file's consents. Stateless and thread-safe. */
public final class Consents {

  private Consents() {}

  /**
   * Which sources of {@code file} may be read for {@code scope} on {@code date} (the application
   * date), and why the others may not. A consent grants a source when it names the source, the
   * scope's bank and purpose, covers the application's product, covers cross-border transfer if the
   * scope crosses, is in force on the date ({@link dev.northbound.scoring.core.credit.Consent#inForceOn})
   * and, when the file has a bureau report, was granted by the report's subject.
   */
  public static ConsentCheck check(CreditFile file, ConsentScope scope, LocalDate date) {
    throw new UnsupportedOperationException("contract: implemented by the consent work");
  }
}
