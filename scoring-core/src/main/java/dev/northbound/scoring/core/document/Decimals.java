package dev.northbound.scoring.core.document;

import java.math.BigDecimal;

/**
 * Exact decimals from a number's characters, equal to what {@code new BigDecimal(chars, offset,
 * length)} gives (the same value and scale), without its general path for the plain numbers a
 * document carries: digits with at most a leading minus sign and one point, up to 18 digits (which
 * a long holds), are read here into the unscaled value and the scale; anything else is left to
 * BigDecimal.
 */
final class Decimals {

  /** The most digits a long holds whatever they are: 999,999,999,999,999,999 &lt; 2^63. */
  static final int MAX_LONG_DIGITS = 18;

  private Decimals() {}

  /** The decimal written in {@code chars[offset, offset + length)}, as {@code new BigDecimal} reads it. */
  static BigDecimal parse(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = length > 0 && chars[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return new BigDecimal(chars, offset, length);
      }
    }
    if (digits == 0 || digits > MAX_LONG_DIGITS) {
      return new BigDecimal(chars, offset, length);
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }
}
