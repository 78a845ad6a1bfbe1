package dev.northbound.scoring.core.credit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant's consent for one bank to use named sources of their data for one purpose and
 * named products, between two dates: the consent record of credit-file format version 2. It travels
 * inside the credit file, so the registry verifies it with the rest of the document.
 *
 * <p>{@link #toString()} names the consent id, purpose, sources and dates only: never the subject
 * reference or the bank.
 *
 * @param consentId the consent's reference; matches the document-id pattern
 * @param subjectRef the pseudonymous subject who granted it (the bureau report's {@code subjectRef})
 * @param bank the bank it was granted to (the bank's identifier, for example {@code "BANK-QH-001"})
 * @param purpose what it may be used for
 * @param products the products it covers; not empty
 * @param sources the sources it covers; not empty
 * @param grantedOn the first day it is valid
 * @param expiresOn the last day it is valid; not before {@code grantedOn}
 * @param withdrawnOn the day the applicant withdrew it, if they did; not before {@code grantedOn}.
 *     From that day on it is not valid.
 * @param crossBorder whether it covers moving the data across the boundary (PIPL art. 38–39)
 */
public record Consent(
    String consentId,
    String subjectRef,
    String bank,
    ConsentPurpose purpose,
    Set<ProductType> products,
    Set<DataSource> sources,
    LocalDate grantedOn,
    LocalDate expiresOn,
    Optional<LocalDate> withdrawnOn,
    boolean crossBorder) {

  /** Validates the components; the sets are copied (iteration in enum order). */
  public Consent {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(subjectRef, "subjectRef");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(grantedOn, "grantedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(sources, "sources");
    if (products.isEmpty() || sources.isEmpty()) {
      throw new IllegalArgumentException("a consent covers at least one product and one source");
    }
    products = java.util.Collections.unmodifiableSet(EnumSet.copyOf(products));
    sources = java.util.Collections.unmodifiableSet(EnumSet.copyOf(sources));
    if (expiresOn.isBefore(grantedOn)) {
      throw new IllegalArgumentException("a consent cannot expire before it is granted");
    }
    if (withdrawnOn.isPresent() && withdrawnOn.get().isBefore(grantedOn)) {
      throw new IllegalArgumentException("a consent cannot be withdrawn before it is granted");
    }
  }

  /** Whether it is in force on {@code date}: granted, not expired, not withdrawn. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(grantedOn) && !date.isAfter(expiresOn)
        && (withdrawnOn.isEmpty() || date.isBefore(withdrawnOn.get()));
  }

  /** The consent's id, purpose, sources and dates; never the subject or the bank. */
  @Override
  public String toString() {
    return "Consent[" + consentId + ", " + purpose + ", " + sources + ", " + grantedOn + " to " + expiresOn
        + withdrawnOn.map(d -> ", withdrawn " + d).orElse("") + (crossBorder ? ", cross-border" : "") + "]";
  }
}
