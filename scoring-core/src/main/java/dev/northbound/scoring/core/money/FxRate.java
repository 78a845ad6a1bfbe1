package dev.northbound.scoring.core.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One exchange rate supplied by the caller: one unit of {@code from} buys {@code rate} units of
 * {@code to}. The source (for example the CFETS central parity or the bank's own rate) and the
 * as-of date travel with the rate so a decision record can say which rate it used.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}; positive
 * @param source where the rate came from; not blank
 * @param asOf the date the rate applies to
 */
public record FxRate(Currency from, Currency to, BigDecimal rate, String source, LocalDate asOf) {

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException if the rate is not positive, the source is blank or both
   *     currencies are the same
   */
  public FxRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive, found " + rate.toPlainString());
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to must differ, found " + from + " for both");
    }
  }
}
