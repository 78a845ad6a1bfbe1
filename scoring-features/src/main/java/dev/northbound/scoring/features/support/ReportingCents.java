package dev.northbound.scoring.features.support;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.Money;
import java.util.Currency;

/**
 * Converts amounts to the reporting currency for the hot path. Every converted amount is rounded
 * half-even to whole cents (as {@link dev.northbound.scoring.core.money.FxRates#convert} does) and
 * summed as a {@code long}, so sums are exact and do not depend on the order of the records.
 *
 * <p>The arithmetic never wraps: a converted amount, and every sum of amounts, is at most
 * {@link #MAX_CENTS} cents (10<sup>16</sup> units of the reporting currency). An amount or a sum past
 * that is an {@link InvalidInputException} whose pointer names the amount that crossed it, never a
 * wrapped or saturated number. A credit file read by the reader stays far below it unless its
 * exchange rates are extreme: the format caps every amount at 999,999,999,999.99.
 *
 * <p>A missing rate is an {@link InvalidInputException} whose pointer names the field in the
 * credit-file format, for example {@code /bureauReport/accounts/2/balance/currency}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportingCents {

  /** The pointer of the bureau report's accounts list. */
  public static final String ACCOUNTS = "/bureauReport/accounts";
  /** The pointer of the application. */
  public static final String APPLICATION = "/application";
  /** The pointer of the tax records list. */
  public static final String TAX_RECORDS = "/alternativeData/taxRecords";
  /** The pointer of the MPF contributions list. */
  public static final String MPF = "/alternativeData/mpf";
  /** The pointer of the rent payments list. */
  public static final String RENT = "/alternativeData/rent";
  /** The pointer of the social-insurance contributions list. */
  public static final String SOCIAL_INSURANCE = "/alternativeData/socialInsurance";

  /**
   * The largest converted amount, and the largest sum of converted amounts, in cents of the
   * reporting currency: 10<sup>18</sup>, so that the sum of two never overflows a {@code long}.
   */
  public static final long MAX_CENTS = 1_000_000_000_000_000_000L;

  /** {@link #MAX_CENTS} in units, as the messages print it. */
  static final String MAX_UNITS = "10000000000000000";

  private ReportingCents() {}

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
      throw new InvalidInputException(pointer(list, index, field) + "/currency", "needs an exchange rate to " + to.getCurrencyCode(),
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

  /**
   * A configured amount (a floor, a cap) times {@code factor}, in whole cents of the target currency,
   * rounded half-even.
   *
   * @throws InvalidInputException (pointer {@code ""}) if the converted amount is past {@link #MAX_CENTS}
   */
  public static long cents(Money money, double factor) {
    return checked(money.amount().doubleValue() * factor * 100.0, "");
  }

  /**
   * The amount times {@code factor}, in whole cents of the target currency, rounded half-even.
   *
   * @param list the pointer of the record or list holding the amount
   * @param index the record's index in the list, or {@code -1} when {@code list} points at a single
   *     record
   * @param field the amount's field name
   * @throws InvalidInputException if the converted amount is past {@link #MAX_CENTS}; the pointer
   *     names the amount, for example {@code /bureauReport/accounts/0/balance/amount}
   */
  public static long cents(Money money, double factor, String list, int index, String field) {
    double cents = money.amount().doubleValue() * factor * 100.0;
    if (Math.abs(cents) <= MAX_CENTS) {
      return (long) Math.rint(cents);
    }
    return checked(cents, pointer(list, index, field) + "/amount");
  }

  /**
   * The amount in whole cents of the reporting currency.
   *
   * @throws InvalidInputException if the context has no rate for the amount's currency, or the
   *     converted amount is past {@link #MAX_CENTS}
   * @see #factor(ExtractionContext, Currency, String, int, String)
   */
  public static long cents(Money money, ExtractionContext context, String list, int index, String field) {
    return cents(money, factor(context, money.currency(), list, index, field), list, index, field);
  }

  /**
   * {@code sum + cents}, both at most {@link #MAX_CENTS} in size, checked: a result past
   * {@link #MAX_CENTS} is an error, never a wrapped number.
   *
   * @param sum the sum so far, in cents
   * @param cents the amount to add, in cents
   * @param list the pointer of the record or list holding the amount added
   * @param index the record's index in the list, or {@code -1} for a single record
   * @param field the added amount's field name
   * @throws InvalidInputException if the sum is past {@link #MAX_CENTS}
   */
  public static long add(long sum, long cents, String list, int index, String field) {
    long result = sum + cents; // both within 10^18 in size: no overflow of the long itself
    if (Math.abs(result) <= MAX_CENTS && Math.abs(sum) <= MAX_CENTS && Math.abs(cents) <= MAX_CENTS) {
      return result;
    }
    throw new InvalidInputException(pointer(list, index, field) + "/amount",
        "must keep the sum of amounts in the reporting currency at most " + MAX_UNITS, "a sum past that range");
  }

  /** Whole cents from a double, rounded half-even; past {@link #MAX_CENTS} (or not finite) an error at {@code pointer}. */
  static long checked(double cents, String pointer) {
    if (Math.abs(cents) <= MAX_CENTS) {
      return (long) Math.rint(cents);
    }
    throw new InvalidInputException(pointer,
        "must be at most " + MAX_UNITS + " once converted to the reporting currency", "a larger amount");
  }

  /**
   * An amount already in whole cents checked against {@link #MAX_CENTS}, for one computed from other
   * amounts (an instalment from a principal).
   *
   * @param cents the amount in cents, as computed
   * @param list the pointer of the record or list it comes from
   * @param index the record's index in the list, or {@code -1} for a single record
   * @param field the field it comes from
   * @throws InvalidInputException at the pointer of {@code list}, {@code index} and {@code field}
   */
  public static long checked(double cents, String list, int index, String field) {
    if (Math.abs(cents) <= MAX_CENTS) {
      return (long) Math.rint(cents); // the pointer is built only for the error
    }
    return checked(cents, pointer(list, index, field) + "/amount");
  }

  private static String pointer(String list, int index, String field) {
    return index < 0 ? list + "/" + field : list + "/" + index + "/" + field;
  }

  /** Whole cents as currency units. */
  public static double units(long cents) {
    return cents / 100.0;
  }
}
