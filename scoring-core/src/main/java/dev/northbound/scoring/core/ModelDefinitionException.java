package dev.northbound.scoring.core;

import java.util.Objects;

/**
 * A bad model or policy definition: a corrupted or hand-edited model file, a gap or overlap
 * between bins, a NaN point, an unknown format version. Raised at load time; the model must not be
 * used.
 *
 * <p>The message has one form, as for {@link InvalidInputException}: {@code "<pointer>: <rule>;
 * found <found>"}, where the pointer is a JSON Pointer (RFC 6901) into the definition ({@code "/"}
 * in the message for the whole definition), the rule is what the definition must satisfy and
 * {@code found} describes what was there, for example {@code "/characteristics/3/bins/2: must not
 * overlap the previous bin; found [15, 30) overlapping [10, 20)"}.
 */
public final class ModelDefinitionException extends NorthboundException {

  private final String pointer;
  private final String rule;
  private final String found;

  /**
   * Creates the exception.
   *
   * @param pointer JSON Pointer into the definition, {@code ""} for the whole definition
   * @param rule the rule that was broken, for example "must be finite"
   * @param found a description of what was found, for example "NaN"
   */
  public ModelDefinitionException(String pointer, String rule, String found) {
    super(format(pointer, rule, found));
    this.pointer = pointer;
    this.rule = rule;
    this.found = found;
  }

  /** As {@link #ModelDefinitionException(String, String, String)}, with the underlying cause. */
  public ModelDefinitionException(String pointer, String rule, String found, Throwable cause) {
    super(format(pointer, rule, found), cause);
    this.pointer = pointer;
    this.rule = rule;
    this.found = found;
  }

  private static String format(String pointer, String rule, String found) {
    if (!Objects.requireNonNull(pointer, "pointer").isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer is empty or starts with /");
    }
    return pointerMessage(pointer, rule, found);
  }

  /**
   * This failure, found in a part checked on its own, located in the whole definition: the pointer
   * becomes {@code parent + pointer()}, the rule and description stay, and this exception is the
   * cause.
   *
   * @param parent the JSON Pointer of the part in the whole definition, {@code ""} for the root
   */
  public ModelDefinitionException under(String parent) {
    return new ModelDefinitionException(parent + pointer, rule, found, this);
  }

  /** The JSON Pointer into the definition ({@code ""} for the whole definition). */
  public String pointer() {
    return pointer;
  }

  /** The rule that was broken. */
  public String rule() {
    return rule;
  }

  /** A description of what was found. */
  public String found() {
    return found;
  }

  /**
   * Names a number that broke a finiteness or positivity rule, for the "found" part, in words rather
   * than digits: {@code "NaN"}, {@code "+infinity"}, {@code "-infinity"}, {@code "zero"}, {@code "a
   * negative number"} or {@code "a positive number"}.
   */
  public static String describe(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+infinity" : "-infinity";
    }
    return v == 0 ? "zero" : v < 0 ? "a negative number" : "a positive number";
  }
}
