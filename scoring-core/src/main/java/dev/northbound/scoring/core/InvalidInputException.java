package dev.northbound.scoring.core;

/**
 * Bad input data: a document, record or feature vector that breaks a rule. The message is
 * {@code "<pointer>: <rule>; found <found>"}, where the pointer is a JSON Pointer (RFC 6901) to the
 * offending field, the rule is what the field must satisfy, and {@code found} describes what was
 * there without echoing it (no personal data ever enters a message).
 */
public non-sealed class InvalidInputException extends NorthboundException {

  private final String pointer;
  private final String rule;
  private final String found;

  /**
   * Creates the exception.
   *
   * @param pointer JSON Pointer to the field, {@code ""} for the whole document
   * @param rule the rule that was broken, for example "must not be negative"
   * @param found a description of what was found, for example "a negative number"
   */
  public InvalidInputException(String pointer, String rule, String found) {
    super(pointerMessage(pointer, rule, found));
    this.pointer = pointer;
    this.rule = rule;
    this.found = found;
  }

  /** As {@link #InvalidInputException(String, String, String)}, with the underlying cause. */
  public InvalidInputException(String pointer, String rule, String found, Throwable cause) {
    super(pointerMessage(pointer, rule, found), cause);
    this.pointer = pointer;
    this.rule = rule;
    this.found = found;
  }

  /** The JSON Pointer of the offending field ({@code ""} for the whole document). */
  public String pointer() {
    return pointer;
  }

  /** The rule that was broken. */
  public String rule() {
    return rule;
  }

  /** A description of what was found (never the value itself). */
  public String found() {
    return found;
  }
}
