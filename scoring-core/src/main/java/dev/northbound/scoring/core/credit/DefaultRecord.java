package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A default record: an amount in default and when it was settled, if it was.
 *
 * @param amount the amount in default; positive
 * @param defaultDate the date of default
 * @param settledOn the settlement date, if settled; not before {@code defaultDate}
 */
public record DefaultRecord(Money amount, LocalDate defaultDate, Optional<LocalDate> settledOn) {
  /** Validates the components. */
  public DefaultRecord {
    RecordChecks.positive(amount, "amount");
    Objects.requireNonNull(defaultDate, "defaultDate");
    RecordChecks.notBefore(settledOn, defaultDate, "settledOn", "defaultDate");
  }
}
