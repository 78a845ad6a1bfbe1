package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.internal.Amounts;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Readers for the format's scalar values: each advances to the value and checks it strictly. */
final class ScalarReaders {

  /** Each enum's constants, read once (Class.getEnumConstants copies them on every call). */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  /** Currencies by their three letters, filled as codes are first met. */
  private static final Currency[] CURRENCIES = new Currency[26 * 26 * 26];

  /** Whether an amount must be positive or may be zero. */
  enum Sign {
    NON_NEGATIVE,
    POSITIVE
  }

  private ScalarReaders() {}

  static InvalidInputException missing(String objectPointer, String field) {
    return new InvalidInputException(objectPointer + "/" + field, "must be present", "nothing");
  }

  static <T> T require(T value, String objectPointer, String field) {
    if (value == null) {
      throw missing(objectPointer, field);
    }
    return value;
  }

  /** As {@link #require(Object, String, String)} for a field of the object at {@code objectMark}. */
  static <T> T require(T value, JsonInput in, int objectMark, String field) {
    if (value == null) {
      throw missing(in.pointerAt(objectMark), field);
    }
    return value;
  }

  /** An array of at most {@code max} elements, each read by {@code element}. */
  static <T> List<T> list(JsonInput in, int max, String noun, Function<JsonInput, T> element) {
    int at = in.startArray();
    List<T> items = new ArrayList<>();
    while (in.nextElement(at, items.size(), max, noun)) {
      try {
        items.add(element.apply(in));
      } catch (IllegalArgumentException e) {
        // A safety net: the readers check every domain rule first, with a precise pointer.
        throw new InvalidInputException(in.pointerAt(at) + "/" + items.size(), "must satisfy the domain rules",
            "a value that breaks one");
      }
    }
    return items;
  }

  /** Rejects {@code later} (a field of the object at {@code at}) if it is before {@code earlier}. */
  static void notBefore(LocalDate later, LocalDate earlier, JsonInput in, int at, String laterName,
      String earlierName) {
    if (later != null && later.isBefore(earlier)) {
      throw new InvalidInputException(in.pointerAt(at) + "/" + laterName, "must not be before " + earlierName,
          "an earlier date");
    }
  }

  /** A string value within the length limit. */
  static String string(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_STRING) {
      throw in.fail("must be a string", ParserErrors.describe(t));
    }
    String s = in.text();
    int max = in.limits().maxStringLength();
    if (s.length() > max) {
      throw in.fail("must be at most " + max + " characters long", "a string longer than " + max + " characters");
    }
    return s;
  }

  /** A string that is not blank. */
  static String text(JsonInput in) {
    String s = string(in);
    if (s.isBlank()) {
      throw in.fail("must not be blank", "a blank string");
    }
    return s;
  }

  @SuppressWarnings("unchecked") // getEnumConstants() of Class<E> is an E[]
  static <E extends Enum<E>> E enumValue(JsonInput in, Class<E> type) {
    int n = stringChars(in);
    E[] constants = (E[]) CONSTANTS.get(type);
    for (E e : constants) {
      if (in.charsEqual(n, e.name())) {
        return e;
      }
    }
    String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    throw in.fail("must be one of " + names, "an unknown name");
  }

  /** A string value's characters (see {@link JsonInput#stringChars()}), as {@link #string} checks it. */
  static int stringChars(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_STRING) {
      throw in.fail("must be a string", ParserErrors.describe(t));
    }
    return in.stringChars();
  }

  static boolean bool(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw in.fail("must be true or false", ParserErrors.describe(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A whole number between {@code min} and {@code max} inclusive. */
  static int integer(JsonInput in, int min, int max) {
    JsonToken t = number(in);
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw in.fail("must be a whole number", "a decimal number");
    }
    if (in.numberType() != JsonParser.NumberType.INT) {
      throw in.fail(between(min, max), "a number out of range");
    }
    int v = in.intValue();
    if (v < min) {
      throw in.fail(between(min, max), "a number below " + min);
    }
    if (v > max) {
      throw in.fail(between(min, max), "a number above " + max);
    }
    return v;
  }

  private static String between(int min, int max) {
    return "must be between " + min + " and " + max;
  }

  /** A finite number in plain decimal notation, read exactly (never through a double). */
  static BigDecimal decimal(JsonInput in) {
    int n = numberLength(in);
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c == 'e' || c == 'E') {
        throw in.fail("must be written in plain decimal notation", "a number with an exponent");
      }
    }
    return in.decimalOf(n);
  }

  private static JsonToken number(JsonInput in) {
    JsonToken t = in.next();
    numberChecks(in, t);
    return t;
  }

  /** As {@link #number(JsonInput)}, returning the number of its characters (made available to charAt). */
  private static int numberLength(JsonInput in) {
    return numberChecks(in, in.next());
  }

  private static int numberChecks(JsonInput in, JsonToken t) {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.fail("must be a number", ParserErrors.describe(t));
    }
    if (in.isNaN()) {
      throw in.fail("must be a finite number", "NaN or an infinity");
    }
    int n = in.numberChars();
    if (n > in.limits().maxNumberLength()) {
      throw in.numberTooLong(in.pointer());
    }
    return n;
  }

  /** Money: {@code {"amount": 12.50, "currency": "HKD"}} with at most two decimals. */
  static Money money(JsonInput in, Sign sign) {
    int at = in.startObject();
    BigDecimal amount = null;
    Currency currency = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "amount" -> amount = amount(in, sign);
        case "currency" -> currency = currency(in);
        default -> throw in.unknownField(at);
      }
    }
    return new Money(require(amount, in, at, "amount"), require(currency, in, at, "currency"));
  }

  /** An amount of money, as in {@link #money}: at most two decimals, within the sign and the ceiling. */
  static BigDecimal amount(JsonInput in, Sign sign) {
    return checkAmount(in, decimal(in), sign);
  }

  private static BigDecimal checkAmount(JsonInput in, BigDecimal v, Sign sign) {
    if (v.scale() > Money.MAX_SCALE) {
      throw in.fail("must have at most " + Money.MAX_SCALE + " decimal places", v.scale() + " decimal places");
    }
    if (v.signum() < 0) {
      throw in.fail(sign == Sign.POSITIVE ? "must be positive" : "must not be negative", "a negative number");
    }
    if (v.signum() == 0 && sign == Sign.POSITIVE) {
      throw in.fail("must be positive", "zero");
    }
    if (v.compareTo(CreditFileReader.MAX_AMOUNT) > 0) {
      throw tooLarge(in);
    }
    return v;
  }

  /** The largest unscaled value of an amount of scale 0, 1 and 2: {@link CreditFileReader#MAX_AMOUNT}. */
  private static final long[] MAX_UNSCALED = {999_999_999_999L, 9_999_999_999_999L, 99_999_999_999_999L};

  /**
   * An amount as {@link #amount(JsonInput, Sign)} reads it, with the same checks in the same order,
   * packed as {@link Amounts#pack(long, int)} packs it: a number of at most 18 digits (every amount
   * the format allows, unless written with leading zeros) is read here without a {@link BigDecimal}.
   */
  static long packedAmount(JsonInput in, Sign sign) {
    int n = numberLength(in);
    boolean negative = false;
    boolean point = false;
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale += point ? 1 : 0;
      } else if (c == '.') {
        point = true;
      } else if (c == '-') {
        negative = true;
      } else if (c == 'e' || c == 'E') {
        throw in.fail("must be written in plain decimal notation", "a number with an exponent");
      } else {
        digits = Integer.MAX_VALUE; // not a plain number (Jackson's tokens are): read it as BigDecimal does
      }
    }
    if (digits > Decimals.MAX_LONG_DIGITS) {
      BigDecimal v = in.decimalOf(n);
      v = checkAmount(in, v, sign);
      return Amounts.pack(v.unscaledValue().longValueExact(), v.scale());
    }
    if (scale > Money.MAX_SCALE) {
      throw in.fail("must have at most " + Money.MAX_SCALE + " decimal places", scale + " decimal places");
    }
    if (negative && unscaled != 0) {
      throw in.fail(sign == Sign.POSITIVE ? "must be positive" : "must not be negative", "a negative number");
    }
    if (unscaled == 0 && sign == Sign.POSITIVE) {
      throw in.fail("must be positive", "zero");
    }
    if (unscaled > MAX_UNSCALED[scale]) {
      throw tooLarge(in);
    }
    return unscaled << 2 | scale;
  }

  private static InvalidInputException tooLarge(JsonInput in) {
    return in.fail("must be at most " + CreditFileReader.MAX_AMOUNT.toPlainString(), "a larger amount");
  }

  /**
   * A string that is not blank, as {@link #text(JsonInput)} reads it; {@code previous} (the value before
   * it in its column, or null) is returned itself when the characters are the same, so that a column
   * of repeated names holds one string.
   */
  static String text(JsonInput in, String previous) {
    int n = stringChars(in);
    if (previous != null && in.charsEqual(n, previous)) {
      return previous;
    }
    String s = in.charsString(n);
    if (s.isBlank()) {
      throw in.fail("must not be blank", "a blank string");
    }
    return s;
  }

  /** An ISO 4217 currency code, as in {@link #money}. */
  static Currency currency(JsonInput in) {
    int n = stringChars(in);
    if (n != 3 || !upper(in.charAt(0)) || !upper(in.charAt(1)) || !upper(in.charAt(2))) {
      throw in.fail("must be an ISO 4217 currency code", "a string of another form");
    }
    int slot = ((in.charAt(0) - 'A') * 26 + in.charAt(1) - 'A') * 26 + in.charAt(2) - 'A';
    Currency known = CURRENCIES[slot];
    if (known != null) {
      return known;
    }
    try {
      // A benign race: Currency instances are immutable singletons, safely published by their final fields.
      Currency c = Currency.getInstance(new String(new char[] {in.charAt(0), in.charAt(1), in.charAt(2)}));
      CURRENCIES[slot] = c;
      return c;
    } catch (IllegalArgumentException e) {
      throw in.fail("must be an ISO 4217 currency code", "an unknown code");
    }
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
