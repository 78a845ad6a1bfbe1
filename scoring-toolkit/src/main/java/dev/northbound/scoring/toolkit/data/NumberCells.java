package dev.northbound.scoring.toolkit.data;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The tables' number rule, shared by every reader of tabular text (CSV, ARFF, and an engine that
 * reads the cells itself): a cell is a plain decimal number, with no NaN, Infinity, hex or type
 * suffix, and finite. Errors describe the text, never echo it. Stateless and thread-safe.
 */
public final class NumberCells {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private NumberCells() {}

  /**
   * Whether {@code text} is a plain decimal number.
   *
   * @param text the cell's text
   * @return whether it matches the rule
   */
  public static boolean isNumber(String text) {
    return NUMBER.matcher(text).matches();
  }

  /**
   * Describes a text value without echoing it: {@code a string of 3 characters}.
   *
   * @param text the text
   * @return the description
   */
  public static String describe(String text) {
    return "a string of " + text.length() + (text.length() == 1 ? " character" : " characters");
  }

  /**
   * Parses a cell that must be a number.
   *
   * @param text the cell's text (not a missing marker: the caller decides what is missing)
   * @param pointer the JSON Pointer of the cell, for the error
   * @return the finite value
   * @throws InvalidInputException {@code must be a number} if the text breaks the rule, {@code must be
   *     a finite number} if it overflows a double
   */
  public static double parse(String text, String pointer) {
    if (!isNumber(text)) {
      throw new InvalidInputException(pointer, "must be a number", describe(text));
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new InvalidInputException(pointer, "must be a finite number", "a number out of range");
    }
    return value;
  }

  /**
   * The error for text that is not UTF-8. A buffered reader decodes ahead, so the line is where
   * reading stood: the bad bytes are on it or after it.
   */
  static InvalidInputException notUtf8(int line) {
    return new InvalidInputException("/lines/" + line, "must be UTF-8 text",
        "an ill-formed byte sequence on this line or after it (save the file as UTF-8)");
  }
}
