package dev.northbound.scoring.toolkit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Escaping and number formatting shared by the SVG and HTML writers; all locale-independent. */
final class Text {

  private Text() {}

  /**
   * Escapes text for XML and HTML content and attribute values. Control characters that XML 1.0
   * forbids, and unpaired surrogates, become U+FFFD so a standalone SVG always parses.
   */
  static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Formats a finite number with at most {@code maxDecimals} decimals (half-up), dropping trailing
   * zeros: {@code 0.5}, {@code 12}, {@code -3.25}. Never prints {@code -0}, exponents or grouping.
   */
  static String compact(double value, int maxDecimals) {
    BigDecimal rounded = decimal(value).setScale(maxDecimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * Formats a finite number with exactly {@code decimals} decimals (half-up) and comma grouping of
   * the integer part: {@code 12,345.60}. Never prints {@code -0}.
   */
  static String fixed(double value, int decimals) {
    return grouped(decimal(value).setScale(decimals, RoundingMode.HALF_UP));
  }

  /** Formats a fraction as a percentage with exactly {@code decimals} decimals: 0.1234 is 12.3%. */
  static String percent(double fraction, int decimals) {
    return grouped(decimal(fraction).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP)) + "%";
  }

  private static String grouped(BigDecimal rounded) {
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (rounded.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(dot < 0 ? "" : plain.substring(dot)).toString();
  }

  private static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot format a number that is not finite: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /** Shortens a label to {@code max} characters, ending it with an ellipsis when cut. */
  static String shorten(String label, int max) {
    if (label.codePointCount(0, label.length()) <= max) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
