package dev.northbound.scoring.features.reference;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.Money;
import java.util.Currency;

/**
 * Converts amounts to the reporting currency for the hot path. Every converted amount is rounded
 * half-even to whole cents (as {@link dev.northbound.scoring.core.money.FxRates#convert} does) and
 * summed as a {@code long}, so sums are exact and do not depend on the order of the records.
 *
 * <p>A missing rate is an {@link InvalidInputException} whose pointer names the field in the
 * credit-file format, for example {@code /bureauReport/accounts/2/balance/currency}.
 *
 * <p>Stateless and thread-safe.
 */
final class Amounts {

  /** The pointer of the bureau report's accounts list. */
  public static final String ACCOUNTS = "/bureauReport/accounts";
  /** The pointer of the application. */
  public static final String APPLICATION = "/application";
  /** The pointer of the tax records list. */
  public static final String TAX_RECORDS = "/alternativeData/taxRecords";
  /** The pointer of the MPF contributions list. */
  public static final String MPF = "/alternativeData/mpf";
  /** The pointer of the social-insurance contributions list. */
  public static final String SOCIAL_INSURANCE = "/alternativeData/socialInsurance";

  private Amounts() {}

  /**
   * The factor that takes {@code from} to the reporting currency.
   *
   * @param context the extraction context
   * @param from the currency to convert from
   * @param list the pointer of the record or list holding the amount
   * @param index the record's index in the list, or {@code -1} when {@code list} points at a single
   *     record
   * @param field the amount's field name
   * @throws InvalidInputException if the context has no rate from {@code from}
   */
  public static double factor(ExtractionContext context, Currency from, String list, int index, String field) {
    Currency to = context.reportingCurrency();
    if (from.equals(to)) {
      return 1.0;
    }
    try {
      return context.rates().factor(from, to);
    } catch (IllegalArgumentException e) {
      String pointer = index < 0 ? list + "/" + field + "/currency" : list + "/" + index + "/" + field + "/currency";
      throw new InvalidInputException(pointer, "needs an exchange rate to " + to.getCurrencyCode(),
          "currency " + from.getCurrencyCode() + " with no rate", e);
    }
  }

  /**
   * The factor that takes a configured amount (a floor, a cap) in {@code from} to the reporting
   * currency.
   *
   * @param what what the configured amount is for, for example "card minimum-payment floor"
   * @throws InvalidInputException (pointer {@code ""}) if the context has no rate from {@code from}
   */
  public static double configFactor(ExtractionContext context, Currency from, String what) {
    Currency to = context.reportingCurrency();
    if (from.equals(to)) {
      return 1.0;
    }
    try {
      return context.rates().factor(from, to);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("", "needs an exchange rate to " + to.getCurrencyCode() + " to apply the "
          + what, "currency " + from.getCurrencyCode() + " with no rate", e);
    }
  }

  /** The amount times {@code factor}, in whole cents of the target currency, rounded half-even. */
  public static long cents(Money money, double factor) {
    return (long) Math.rint(money.amount().doubleValue() * factor * 100.0);
  }

  /**
   * The amount in whole cents of the reporting currency.
   *
   * @throws InvalidInputException if the context has no rate for the amount's currency
   * @see #factor(ExtractionContext, Currency, String, int, String)
   */
  public static long cents(Money money, ExtractionContext context, String list, int index, String field) {
    return cents(money, factor(context, money.currency(), list, index, field));
  }

  /** Whole cents as currency units. */
  public static double units(long cents) {
    return cents / 100.0;
  }
}
