package dev.northbound.scoring.toolkit.training;

import java.util.List;

/** Finds the attribute that holds a value: missing for NaN, then specials, then intervals. */
final class AttributeMatcher {

  private AttributeMatcher() {}

  static int missing(List<Attribute> attributes) {
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i) instanceof Attribute.Missing) {
        return i;
      }
    }
    throw new IllegalArgumentException("no missing attribute");
  }

  static int numeric(List<Attribute> attributes, double value) {
    if (Double.isNaN(value)) {
      return missing(attributes);
    }
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i) instanceof Attribute.Special s && s.value() == value) {
        return i;
      }
    }
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i) instanceof Attribute.Interval in && in.contains(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no interval holds the value");
  }

  /** The group holding {@code label}; an unknown label falls in the missing attribute. */
  static int label(List<Attribute> attributes, String label) {
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i) instanceof Attribute.Categories g && g.labels().contains(label)) {
        return i;
      }
    }
    return missing(attributes);
  }
}
