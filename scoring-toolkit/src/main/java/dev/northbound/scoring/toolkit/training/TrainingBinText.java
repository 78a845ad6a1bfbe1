package dev.northbound.scoring.toolkit.training;

/**
 * A bin written as a modeller reads it, for the training report: {@code < 12}, {@code [12, 24)},
 * {@code >= 24}, {@code all values}, {@code {A11, A12}}, {@code no account (= -1)},
 * {@code missing}. Never a record's {@code toString}.
 */
final class TrainingBinText {

  private TrainingBinText() {}

  static String of(Attribute attribute) {
    if (attribute instanceof Attribute.Interval in) {
      boolean openBelow = Double.isInfinite(in.lower());
      boolean openAbove = Double.isInfinite(in.upper());
      if (openBelow && openAbove) {
        return "all values";
      }
      if (openBelow) {
        return (in.upperClosed() ? "<= " : "< ") + BinLabels.number(in.upper());
      }
      if (openAbove) {
        return (in.lowerClosed() ? ">= " : "> ") + BinLabels.number(in.lower());
      }
      return (in.lowerClosed() ? "[" : "(") + BinLabels.number(in.lower()) + ", "
          + BinLabels.number(in.upper()) + (in.upperClosed() ? "]" : ")");
    }
    if (attribute instanceof Attribute.Special s) {
      return s.name() + " (= " + BinLabels.number(s.value()) + ")";
    }
    if (attribute instanceof Attribute.Categories c) {
      return "{" + String.join(", ", c.labels()) + "}";
    }
    return "missing";
  }
}
