package dev.northbound.scoring.toolkit.training;

import java.math.BigDecimal;

/**
 * Readable labels of attributes: {@link #of} the label a model file and the report JSON's {@code bin}
 * keep ({@code [1.5, 12)}, group labels), {@link #range} the one the training report shows.
 */
final class BinLabels {

  private BinLabels() {}

  static String of(Attribute attribute) {
    if (attribute instanceof Attribute.Interval in) {
      return (in.lowerClosed() ? "[" : "(") + number(in.lower()) + ", " + number(in.upper())
          + (in.upperClosed() ? "]" : ")");
    }
    if (attribute instanceof Attribute.Special s) {
      return s.name() + " (= " + number(s.value()) + ")";
    }
    if (attribute instanceof Attribute.Categories c) {
      return String.join(", ", c.labels());
    }
    return "missing";
  }

  /**
   * A bin written as a modeller reads it, for the training report: {@code < 12}, {@code [12, 24)},
   * {@code >= 24}, {@code all values}, {@code {A11, A12}}, {@code no account (= -1)}, {@code
   * missing}. Never a record's {@code toString}.
   */
  static String range(Attribute attribute) {
    if (attribute instanceof Attribute.Interval in) {
      boolean openBelow = Double.isInfinite(in.lower());
      boolean openAbove = Double.isInfinite(in.upper());
      if (openBelow && openAbove) {
        return "all values";
      }
      if (openBelow) {
        return (in.upperClosed() ? "<= " : "< ") + number(in.upper());
      }
      if (openAbove) {
        return (in.lowerClosed() ? ">= " : "> ") + number(in.lower());
      }
      return (in.lowerClosed() ? "[" : "(") + number(in.lower()) + ", "
          + number(in.upper()) + (in.upperClosed() ? "]" : ")");
    }
    if (attribute instanceof Attribute.Special s) {
      return s.name() + " (= " + number(s.value()) + ")";
    }
    if (attribute instanceof Attribute.Categories c) {
      return "{" + String.join(", ", c.labels()) + "}";
    }
    return "missing";
  }

  static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
