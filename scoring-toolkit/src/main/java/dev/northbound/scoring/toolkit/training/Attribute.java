package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * What a bin of a characteristic covers: an {@link Interval} of numbers, the {@link Missing}
 * value, a declared {@link Special} value, or a {@link Categories} group of labels. The set is
 * closed; every value of a characteristic falls in exactly one bin.
 */
public sealed interface Attribute
    permits Attribute.Interval, Attribute.Missing, Attribute.Special, Attribute.Categories {

  /**
   * A numeric interval with explicit closedness. Ends may be infinite; an infinite end is always
   * open. Bins made by this package are {@code [lower, upper)}, the first from {@code -inf} and the
   * last to {@code +inf}.
   *
   * @param lower the lower end, {@code -inf} allowed
   * @param lowerClosed whether {@code lower} belongs to the interval
   * @param upper the upper end, {@code +inf} allowed, greater than {@code lower}
   * @param upperClosed whether {@code upper} belongs to the interval
   */
  record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed)
      implements Attribute {

    /** Validates the ends. */
    public Interval {
      if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
        throw new IllegalArgumentException(
            "interval ends must satisfy lower < upper; found " + lower + " and " + upper);
      }
      if ((Double.isInfinite(lower) && lowerClosed) || (Double.isInfinite(upper) && upperClosed)) {
        throw new IllegalArgumentException("an infinite interval end must be open");
      }
    }

    /** The half-open interval {@code [lower, upper)} ({@code (-inf, upper)} if lower is -inf). */
    public static Interval closedOpen(double lower, double upper) {
      return new Interval(lower, !Double.isInfinite(lower), upper, false);
    }

    /** Whether {@code value} lies in the interval (never for NaN). */
    public boolean contains(double value) {
      boolean above = lowerClosed ? value >= lower : value > lower;
      boolean below = upperClosed ? value <= upper : value < upper;
      return above && below;
    }

    @Override
    public String toString() {
      return (lowerClosed ? "[" : "(") + lower + ", " + upper + (upperClosed ? "]" : ")");
    }
  }

  /** The missing value: NaN in a numeric column, no code in a categorical one. */
  record Missing() implements Attribute {

    /** The one missing attribute. */
    public static final Missing INSTANCE = new Missing();

    @Override
    public String toString() {
      return "missing";
    }
  }

  /**
   * A declared special value of a numeric characteristic, such as {@code -1 = "no account"}, kept
   * in a bin of its own.
   *
   * @param name the name of the special code, not blank
   * @param value the exact numeric value, finite
   */
  record Special(String name, double value) implements Attribute {

    /** Validates. */
    public Special {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || !Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "a special value needs a non-blank name and a finite value");
      }
    }

    /** Creates a special value. */
    public static Special of(String name, double value) {
      return new Special(name, value);
    }
  }

  /**
   * A group of labels of a categorical characteristic.
   *
   * @param labels the labels, at least one, distinct
   */
  record Categories(List<String> labels) implements Attribute {

    /** Validates and copies. */
    public Categories {
      labels = List.copyOf(labels);
      if (labels.isEmpty() || labels.stream().distinct().count() != labels.size()) {
        throw new IllegalArgumentException("a category group needs distinct labels, at least one");
      }
    }
  }
}
