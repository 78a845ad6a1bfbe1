package dev.northbound.scoring.core;

import java.util.Objects;

/**
 * The root of the library's own exceptions. Three families, each with its own remedy:
 *
 * <ul>
 *   <li>{@link InvalidInputException}: a bad applicant record or document; skip it or refer the
 *       application, the library and model are fine;
 *   <li>{@link ModelDefinitionException}: a bad model or policy definition; take it out of service;
 *   <li>{@link VerificationException}: a document whose bytes do not match what its issuer
 *       registered; never trust it.
 * </ul>
 *
 * <p>No message carries personal data: inputs are described (their type, size or shape), never
 * echoed.
 */
public abstract sealed class NorthboundException extends RuntimeException
    permits InvalidInputException, ModelDefinitionException, VerificationException {

  NorthboundException(String message) {
    super(message);
  }

  NorthboundException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The one message form of the pointer-carrying families, {@code "<pointer>: <rule>; found
   * <found>"}, with {@code "/"} standing for the empty pointer (the whole document or definition).
   */
  static String pointerMessage(String pointer, String rule, String found) {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(found, "found");
    return (pointer.isEmpty() ? "/" : pointer) + ": " + rule + "; found " + found;
  }
}
