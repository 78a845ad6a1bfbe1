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

  /**
   * A conservative estimate of the width in pixels of {@code text} drawn at {@code fontSize} px in
   * the report font stack, so layout is deterministic and never narrower than the glyphs: wide
   * (CJK, full-width) code points count 1 em, m, w, M, W, @ and % 1 em, other capitals 0.78 em and
   * every other code point 0.64 em (DejaVu Sans digits are 0.636 em, Arial's 0.556 em).
   */
  static double width(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (wide(cp) || "mwMW@%".indexOf(cp) >= 0) {
        em += 1.0;
      } else if (Character.isUpperCase(cp)) {
        em += 0.78;
      } else {
        em += 0.64;
      }
    }
    return em * fontSize;
  }

  /** Whether a code point is drawn one em wide: CJK, Hangul, kana, full-width forms. */
  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * Shortens {@code label} so that {@link #width} at {@code fontSize} is at most {@code maxWidth},
   * ending it with an ellipsis when cut; the label itself when it fits.
   */
  static String fit(String label, double fontSize, double maxWidth) {
    if (width(label, fontSize) <= maxWidth) {
      return label;
    }
    int keep = label.codePointCount(0, label.length());
    String cut = label;
    while (keep > 1) {
      keep--;
      cut = label.substring(0, label.offsetByCodePoints(0, keep)) + "\u2026";
      if (width(cut, fontSize) <= maxWidth) {
        return cut;
      }
    }
    return cut;
  }

  /**
   * Splits {@code label} at spaces into lines whose {@link #width} at {@code fontSize} is at most
   * {@code maxWidth}; a word wider than that is a line of its own (the caller shortens it).
   */
  static java.util.List<String> wrap(String label, double fontSize, double maxWidth) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, fontSize) > maxWidth) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** Shortens a label to {@code max} characters, ending it with an ellipsis when cut. */
  static String shorten(String label, int max) {
    if (label.codePointCount(0, label.length()) <= max) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
