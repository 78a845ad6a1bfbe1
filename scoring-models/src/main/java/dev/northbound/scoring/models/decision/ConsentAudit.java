package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.DataSource;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A consent a decision relied on, as the audit keeps it: never the subject reference or the bank.
 *
 * @param consentId the consent's reference
 * @param purpose the purpose it was granted for
 * @param sources the sources of the file read under it that the decision needed; not empty
 * @param grantedOn the first day it is valid
 * @param expiresOn the last day it is valid
 */
public record ConsentAudit(String consentId, ConsentPurpose purpose, Set<DataSource> sources, LocalDate grantedOn,
    LocalDate expiresOn) {

  /**
   * Validates the components; the set is copied (iteration in enum order).
   *
   * @throws IllegalArgumentException if no source is given
   */
  public ConsentAudit {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(grantedOn, "grantedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a consent relied on covers at least one source");
    }
    sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
  }
}
