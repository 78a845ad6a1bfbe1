package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a {@link JsonInput} reports what the parser found: tokens described without their content, and
 * every parser failure translated into an {@link InvalidInputException} that never echoes the input.
 */
final class ParserErrors {

  private ParserErrors() {}

  /** Describes a token without its content. */
  static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      default:
        return "a field";
    }
  }

  /** The failure to raise for {@code e}, thrown by the parser under {@code in}. */
  static RuntimeException translate(IOException e, JsonInput in) {
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException("could not read the document", e);
    }
    String message = String.valueOf(e.getMessage());
    String pointer = in.pointer();
    if (e instanceof JsonEOFException) {
      return new InvalidInputException(pointer, "must be a complete JSON document", "end of input");
    }
    if (e instanceof StreamConstraintsException) {
      return constraint(in, pointer, message);
    }
    if (message.startsWith("Duplicate field")) {
      return new InvalidInputException(pointer, "must not repeat a field", "a repeated field");
    }
    if (message.contains("Invalid UTF-8")) {
      return new InvalidInputException(pointer, "must be valid UTF-8", "invalid UTF-8");
    }
    if (message.contains("Illegal unquoted character")) {
      return new InvalidInputException(pointer, "must escape control characters", "an unescaped control character");
    }
    // Jackson's own messages may quote the input, so neither the message nor the cause is kept.
    return new InvalidInputException(pointer, "must be well-formed JSON", "malformed JSON");
  }

  private static InvalidInputException constraint(JsonInput in, String pointer, String message) {
    if (message.startsWith("String value length") && inNumber(in)) {
      return numberTooLong(pointer, in.limits()); // Jackson checks a very long number's buffer as a string first
    }
    if (message.startsWith("String value length")) {
      int max = in.limits().maxStringLength();
      return new InvalidInputException(pointer, "must be at most " + max + " characters long",
          "a string longer than " + max + " characters");
    }
    if (message.startsWith("Number value length")) {
      return numberTooLong(pointer, in.limits());
    }
    if (message.startsWith("Name length")) {
      return new InvalidInputException(pointer, "must not have fields the format does not define",
          "a field name longer than " + CreditFileReader.MAX_NAME_LENGTH + " characters");
    }
    return new InvalidInputException(pointer, "must stay within the reader's limits", "input beyond a parser limit");
  }

  /** Whether the parser stopped inside an unquoted run of number characters. */
  private static boolean inNumber(JsonInput in) {
    byte[] source = in.source();
    long at = Math.min(in.byteOffset(), source.length) - 1;
    boolean sawDigit = false;
    for (; at >= 0; at--) {
      byte b = source[(int) at];
      if (b >= '0' && b <= '9') {
        sawDigit = true;
      } else if (b != '.' && b != '-' && b != '+' && b != 'e' && b != 'E') {
        return sawDigit && b != '"';
      }
    }
    return false;
  }

  static InvalidInputException numberTooLong(String pointer, DocumentLimits limits) {
    int max = limits.maxNumberLength();
    return new InvalidInputException(pointer, "must be at most " + max + " characters long",
        "a number longer than " + max + " characters");
  }
}
