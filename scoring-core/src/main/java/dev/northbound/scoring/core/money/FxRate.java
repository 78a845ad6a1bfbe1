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
 * <p>A rate lies between {@link #MIN_RATE} and {@link #MAX_RATE} (10<sup>-6</sup> to 10<sup>6</sup>),
 * so its reciprocal does too: every real pair of currencies fits, and neither the rate nor its
 * reciprocal can become 0 or infinity as a {@code double} and make an amount vanish or explode
 * (a decimal such as {@code 1E-400} is a positive {@code BigDecimal} but 0.0 as a double).
 *
 * @param rate units of {@code to} per unit of {@code from}; from {@link #MIN_RATE} to {@link #MAX_RATE}
 * @param source where the rate came from; not blank
 * @param asOf the date the rate applies to
 */
public record FxRate(Currency from, Currency to, BigDecimal rate, String source, LocalDate asOf) {

  /** The smallest rate accepted: 0.000001 units of {@code to} per unit of {@code from}. */
  public static final BigDecimal MIN_RATE = new BigDecimal("0.000001");

  /** The largest rate accepted: 1,000,000 units of {@code to} per unit of {@code from}. */
  public static final BigDecimal MAX_RATE = new BigDecimal("1000000");

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException if the rate is not positive or lies outside {@link #MIN_RATE} to
   *     {@link #MAX_RATE}, the source is blank or both currencies are the same
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
    if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
      throw new IllegalArgumentException("rate must be between " + MIN_RATE.toPlainString() + " and "
          + MAX_RATE.toPlainString() + ", found " + (rate.compareTo(MIN_RATE) < 0 ? "a smaller" : "a larger") + " rate");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to must differ, found " + from + " for both");
    }
  }
}
