package dev.northbound.scoring.core.money;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a conversion: the original amount is always kept beside the converted one, with the
 * rate used (empty when no conversion was needed).
 *
 * @param original the amount as issued
 * @param converted the amount in the reporting currency, rounded half-even to two decimals
 * @param rate the rate applied, or empty when the currencies were the same
 */
public record ConvertedMoney(Money original, Money converted, Optional<FxRate> rate) {

  /** Validates the components. */
  public ConvertedMoney {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(converted, "converted");
    Objects.requireNonNull(rate, "rate");
  }
}
