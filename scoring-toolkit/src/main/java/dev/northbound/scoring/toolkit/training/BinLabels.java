package dev.northbound.scoring.toolkit.training;

import java.math.BigDecimal;

/** Readable labels of attributes for reports: {@code [1.5, 12)}, {@code missing}, group labels. */
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

  static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
