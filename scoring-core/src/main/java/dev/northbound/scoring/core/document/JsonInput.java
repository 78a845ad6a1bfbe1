package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A strict cursor over a Jackson token stream: one-token look-back, depth and limit checks, and
 * translation of every parser failure into an {@link InvalidInputException} that describes, never
 * echoes, the input. Not thread-safe; one instance reads one document.
 */
final class JsonInput implements AutoCloseable {

  private final JsonParser parser;
  private final DocumentLimits limits;
  private final byte[] source;
  private final long invalidUtf8At;
  private JsonToken token;
  private boolean replay;
  private int depth;

  /**
   * A cursor over {@code parser}.
   *
   * <p>The first ill-formed UTF-8 sequence of {@code source} (see {@link Utf8}) is reported at the
   * first token read past it: Jackson decodes some ill-formed sequences silently.
   *
   * @param source the bytes {@code parser} reads (not copied, never changed)
   */
  JsonInput(JsonParser parser, DocumentLimits limits, byte[] source) {
    this.parser = parser;
    this.limits = limits;
    this.source = source;
    this.invalidUtf8At = Utf8.firstInvalid(source);
  }

  DocumentLimits limits() {
    return limits;
  }

  /** Advances to the next token (or replays the one {@link #pushBack() pushed back}). */
  JsonToken next() {
    if (replay) {
      replay = false;
      return token;
    }
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw translate(e);
    }
    checkUtf8();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      depth++;
      if (depth > limits.maxDepth()) {
        throw fail("must not nest deeper than " + limits.maxDepth() + " levels", "deeper nesting");
      }
    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      depth--;
    }
    return token;
  }

  /** Makes the next call to {@link #next()} return the current token again. */
  void pushBack() {
    replay = true;
  }

  /** The JSON Pointer of the current token. */
  String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  InvalidInputException fail(String rule, String found) {
    return new InvalidInputException(pointer(), rule, found);
  }

  /** The current token's text, translating parser limits (a string value is read lazily). */
  String text() {
    String text;
    try {
      text = parser.getText();
    } catch (IOException e) {
      throw translate(e);
    }
    checkUtf8();
    return text;
  }

  /** Fails once the parser has read past an ill-formed UTF-8 sequence that Jackson let through. */
  private void checkUtf8() {
    if (invalidUtf8At != Utf8.VALID && parser.currentLocation().getByteOffset() > invalidUtf8At) {
      throw fail("must be valid UTF-8", "invalid UTF-8");
    }
  }

  boolean isNaN() {
    try {
      return parser.isNaN();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  JsonParser.NumberType numberType() {
    try {
      return parser.getNumberType();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  int intValue() {
    try {
      return parser.getIntValue();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** Reads the start of an object and returns its pointer. */
  String startObject() {
    JsonToken t = next();
    if (t != JsonToken.START_OBJECT) {
      throw fail("must be an object", describe(t));
    }
    return pointer();
  }

  /** Advances to the next field name, returning false at the end of the object. */
  boolean nextField() {
    return next() == JsonToken.FIELD_NAME;
  }

  /** The current field name. */
  String fieldName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** An unknown field: reported at its object, because its name is input the reader cannot vouch for. */
  InvalidInputException unknownField(String objectPointer) {
    return new InvalidInputException(objectPointer, "must not have fields the format does not define",
        "an unknown field");
  }

  /** Reads the start of an array and returns its pointer. */
  String startArray() {
    JsonToken t = next();
    if (t != JsonToken.START_ARRAY) {
      throw fail("must be an array", describe(t));
    }
    return pointer();
  }

  /**
   * Advances to the next array element, returning false at the end of the array. The element's
   * first token is pushed back so that the element reader starts with {@link #next()}.
   *
   * @param count how many elements were read so far
   * @param max the most elements allowed
   * @param noun what the elements are, for the message
   */
  boolean nextElement(String arrayPointer, int count, int max, String noun) {
    if (next() == JsonToken.END_ARRAY) {
      return false;
    }
    if (count >= max) {
      throw new InvalidInputException(arrayPointer, "must have at most " + max + " " + noun, "more than " + max);
    }
    pushBack();
    return true;
  }

  /** Skips the current value (after its first token), with the depth limit still enforced. */
  void skipValue() {
    JsonToken t = next();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int base = depth - 1;
      while (depth > base) {
        if (next() == null) {
          throw fail("must be a complete JSON document", "end of input");
        }
      }
    }
  }

  /** Requires that nothing follows the top-level value. */
  void expectEnd() {
    JsonToken t;
    try {
      t = next();
    } catch (InvalidInputException e) {
      t = JsonToken.NOT_AVAILABLE;
    }
    if (t != null) {
      throw new InvalidInputException("", "must contain one JSON object and nothing after it", "more content");
    }
  }

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

  private RuntimeException translate(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException("could not read the document", e);
    }
    String message = String.valueOf(e.getMessage());
    String pointer = pointer();
    if (e instanceof JsonEOFException) {
      return new InvalidInputException(pointer, "must be a complete JSON document", "end of input");
    }
    if (e instanceof StreamConstraintsException) {
      return constraint(pointer, message);
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

  private InvalidInputException constraint(String pointer, String message) {
    if (message.startsWith("String value length") && inNumber()) {
      return numberTooLong(pointer); // Jackson checks a very long number's buffer as a string first
    }
    if (message.startsWith("String value length")) {
      int max = limits.maxStringLength();
      return new InvalidInputException(pointer, "must be at most " + max + " characters long",
          "a string longer than " + max + " characters");
    }
    if (message.startsWith("Number value length")) {
      return numberTooLong(pointer);
    }
    if (message.startsWith("Name length")) {
      return new InvalidInputException(pointer, "must not have fields the format does not define",
          "a field name longer than " + CreditFileReader.MAX_NAME_LENGTH + " characters");
    }
    return new InvalidInputException(pointer, "must stay within the reader's limits", "input beyond a parser limit");
  }

  /** Whether the parser stopped inside an unquoted run of number characters. */
  private boolean inNumber() {
    long at = Math.min(parser.currentLocation().getByteOffset(), source.length) - 1;
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

  InvalidInputException numberTooLong(String pointer) {
    int max = limits.maxNumberLength();
    return new InvalidInputException(pointer, "must be at most " + max + " characters long",
        "a number longer than " + max + " characters");
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the document", e);
    }
  }
}
