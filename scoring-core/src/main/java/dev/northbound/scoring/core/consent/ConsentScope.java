package dev.northbound.scoring.core.consent;

import dev.northbound.scoring.core.credit.ConsentPurpose;
import java.util.Objects;

/**
 * What a bank reads a credit file for: which bank, for which purpose, and whether the data crosses
 * the boundary (a mainland bank reading Hong Kong data: yes). A consent covers a source for this
 * scope only if it names the bank and the purpose, covers the application's product and, when
 * {@code crossBorder} is set, covers cross-border transfer.
 *
 * @param bank the bank's identifier, as consents name it; not blank
 * @param purpose the purpose of the reading
 * @param crossBorder whether the reading moves data across the boundary
 */
public record ConsentScope(String bank, ConsentPurpose purpose, boolean crossBorder) {

  /** Validates the components. */
  public ConsentScope {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(purpose, "purpose");
    if (bank.isBlank()) {
      throw new IllegalArgumentException("a consent scope needs a bank");
    }
  }
}
