package dev.northbound.scoring.core.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit enquiry on the bureau file.
 *
 * @param date the date of the enquiry
 * @param purpose why the file was accessed
 * @param hard whether it was a hard enquiry (a credit application) rather than a soft one (review)
 */
public record Enquiry(LocalDate date, EnquiryPurpose purpose, boolean hard) {
  /** Validates the components. */
  public Enquiry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(purpose, "purpose");
  }
}
