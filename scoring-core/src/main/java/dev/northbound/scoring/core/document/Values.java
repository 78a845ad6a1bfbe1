package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Readers for the format's scalar values: each advances to the value and checks it strictly. */
final class Values {

  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** Whether an amount must be positive or may be zero. */
  enum Sign {
    NON_NEGATIVE,
    POSITIVE
  }

  private Values() {}

  static InvalidInputException missing(String objectPointer, String field) {
    return new InvalidInputException(objectPointer + "/" + field, "must be present", "nothing");
  }

  static <T> T require(T value, String objectPointer, String field) {
    if (value == null) {
      throw missing(objectPointer, field);
    }
    return value;
  }

  /** An array of at most {@code max} elements, each read by {@code element}. */
  static <T> List<T> list(JsonInput in, int max, String noun, Function<JsonInput, T> element) {
    String pointer = in.startArray();
    List<T> items = new ArrayList<>();
    while (in.nextElement(pointer, items.size(), max, noun)) {
      try {
        items.add(element.apply(in));
      } catch (IllegalArgumentException e) {
        // A safety net: the readers check every domain rule first, with a precise pointer.
        throw new InvalidInputException(pointer + "/" + items.size(), "must satisfy the domain rules",
            "a value that breaks one");
      }
    }
    return items;
  }

  /** Rejects {@code later} (a field of the object at {@code pointer}) if it is before {@code earlier}. */
  static void notBefore(LocalDate later, LocalDate earlier, String pointer, String laterName, String earlierName) {
    if (later != null && later.isBefore(earlier)) {
      throw new InvalidInputException(pointer + "/" + laterName, "must not be before " + earlierName,
          "an earlier date");
    }
  }

  /** A string value within the length limit. */
  static String string(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_STRING) {
      throw in.fail("must be a string", JsonInput.describe(t));
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

  static <E extends Enum<E>> E enumValue(JsonInput in, Class<E> type) {
    String s = string(in);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw in.fail("must be one of " + names, "an unknown name");
  }

  static LocalDate date(JsonInput in) {
    String s = string(in);
    if (!DATE.matcher(s).matches()) {
      throw in.fail("must be a date in yyyy-MM-dd form", "a string of another form");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw in.fail("must be a date in yyyy-MM-dd form", "a date that does not exist");
    }
    if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
      throw in.fail("must be between " + MIN_DATE + " and " + MAX_DATE, "a date out of range");
    }
    return d;
  }

  static YearMonth month(JsonInput in) {
    String s = string(in);
    if (!MONTH.matcher(s).matches()) {
      throw in.fail("must be a month in yyyy-MM form", "a string of another form");
    }
    YearMonth m;
    try {
      m = YearMonth.parse(s);
    } catch (DateTimeException e) {
      throw in.fail("must be a month in yyyy-MM form", "a month that does not exist");
    }
    if (m.isBefore(YearMonth.from(MIN_DATE)) || m.isAfter(YearMonth.from(MAX_DATE))) {
      throw in.fail("must be between 1900-01 and 2100-12", "a month out of range");
    }
    return m;
  }

  static boolean bool(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw in.fail("must be true or false", JsonInput.describe(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** A whole number between {@code min} and {@code max} inclusive. */
  static int integer(JsonInput in, int min, int max) {
    JsonToken t = number(in);
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw in.fail("must be a whole number", "a decimal number");
    }
    String rule = "must be between " + min + " and " + max;
    if (in.numberType() != JsonParser.NumberType.INT) {
      throw in.fail(rule, "a number out of range");
    }
    int v = in.intValue();
    if (v < min) {
      throw in.fail(rule, "a number below " + min);
    }
    if (v > max) {
      throw in.fail(rule, "a number above " + max);
    }
    return v;
  }

  /** A finite number in plain decimal notation, read exactly (never through a double). */
  static BigDecimal decimal(JsonInput in) {
    number(in);
    String s = in.text();
    if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
      throw in.fail("must be written in plain decimal notation", "a number with an exponent");
    }
    return new BigDecimal(s);
  }

  private static JsonToken number(JsonInput in) {
    JsonToken t = in.next();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.fail("must be a number", JsonInput.describe(t));
    }
    if (in.isNaN()) {
      throw in.fail("must be a finite number", "NaN or an infinity");
    }
    if (in.text().length() > in.limits().maxNumberLength()) {
      throw in.numberTooLong(in.pointer());
    }
    return t;
  }

  /** Money: {@code {"amount": 12.50, "currency": "HKD"}} with at most two decimals. */
  static Money money(JsonInput in, Sign sign) {
    String pointer = in.startObject();
    BigDecimal amount = null;
    Currency currency = null;
    while (in.nextField()) {
      switch (in.fieldName()) {
        case "amount" -> amount = amount(in, sign);
        case "currency" -> currency = currency(in);
        default -> throw in.unknownField(pointer);
      }
    }
    return new Money(require(amount, pointer, "amount"), require(currency, pointer, "currency"));
  }

  private static BigDecimal amount(JsonInput in, Sign sign) {
    BigDecimal v = decimal(in);
    if (v.scale() > Money.MAX_SCALE) {
      throw in.fail("must have at most " + Money.MAX_SCALE + " decimal places", v.scale() + " decimal places");
    }
    if (v.signum() < 0) {
      throw in.fail(sign == Sign.POSITIVE ? "must be positive" : "must not be negative", "a negative number");
    }
    if (v.signum() == 0 && sign == Sign.POSITIVE) {
      throw in.fail("must be positive", "zero");
    }
    return v;
  }

  private static Currency currency(JsonInput in) {
    String s = string(in);
    if (!CURRENCY.matcher(s).matches()) {
      throw in.fail("must be an ISO 4217 currency code", "a string of another form");
    }
    try {
      return Currency.getInstance(s);
    } catch (IllegalArgumentException e) {
      throw in.fail("must be an ISO 4217 currency code", "an unknown code");
    }
  }
}
