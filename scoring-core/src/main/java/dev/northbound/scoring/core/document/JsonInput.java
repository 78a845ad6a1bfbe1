package dev.northbound.scoring.core.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

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
  private final FieldNames fields;
  private String name;
  private char[] chars;
  private int charsOffset;

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
    this.fields = new FieldNames(limits.maxDepth());
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
      // Jackson reads a field name and then the start of its value in one step: a repeated name
      // is reported before anything the value holds, as Jackson's own check would report it.
      if (token != JsonToken.FIELD_NAME && parser.currentToken() == JsonToken.FIELD_NAME
          && fields.seen(depth, parserName())) {
        throw repeatedField();
      }
      throw translate(e);
    }
    if (token == JsonToken.FIELD_NAME) {
      name = parserName();
      if (!fields.add(depth, name)) {
        throw repeatedField();
      }
    }
    checkUtf8();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      depth++;
      if (depth > limits.maxDepth()) {
        throw fail("must not nest deeper than " + limits.maxDepth() + " levels", "deeper nesting");
      }
      if (token == JsonToken.START_OBJECT) {
        fields.open(depth);
      }
    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      depth--;
    }
    return token;
  }

  private InvalidInputException repeatedField() {
    return fail("must not repeat a field", "a repeated field");
  }

  /** Makes the next call to {@link #next()} return the current token again. */
  void pushBack() {
    replay = true;
  }

  /**
   * The JSON Pointer of the current token. A field name the reader has not been handed yet (the
   * parser failed on it or on the start of its value, before the reader could check the name) is
   * input the reader cannot vouch for: unless the format defines that name, the pointer names its
   * object instead.
   */
  String pointer() {
    JsonStreamContext context = parser.getParsingContext();
    String current = context.inObject() ? context.getCurrentName() : null;
    if (current != null && !FieldNames.isDefined(current) && !fields.seen(context.getNestingDepth(), current)) {
      return JsonPointer.forPath(context.getParent(), false).toString();
    }
    return context.pathAsPointer().toString();
  }

  /**
   * The JSON Pointer of the object or array whose {@code mark} {@link #startObject()} or {@link
   * #startArray()} returned. Valid while that value is open and just after its end, before the next
   * token is read: its parent's field name or index has not moved since. Pointers are built only
   * here, when an error is raised, never while a valid document streams.
   */
  String pointerAt(int mark) {
    JsonStreamContext context = parser.getParsingContext();
    while (context != null && context.getNestingDepth() >= mark) {
      context = context.getParent();
    }
    return JsonPointer.forPath(context, false).toString();
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

  /**
   * Makes the current string value's characters available to {@link #charAt(int)} without building a
   * string, with the length limit and UTF-8 check of {@link ScalarReaders#string(JsonInput)}, and returns
   * their number.
   */
  int stringChars() {
    int length = loadChars();
    int max = limits.maxStringLength();
    if (length > max) {
      // What Jackson reports when it builds the string; the characters are not built into one here.
      throw fail("must be at most " + max + " characters long", "a string longer than " + max + " characters");
    }
    checkUtf8();
    return length;
  }

  /**
   * Makes the current number's characters available to {@link #charAt(int)}, with the checks of
   * reading its text, and returns their number.
   */
  int numberChars() {
    int length = loadChars();
    if (length > limits.maxStringLength()) {
      // Jackson checks a number's text against the string limit when it builds the string.
      throw numberTooLong(pointer());
    }
    checkUtf8();
    return length;
  }

  private int loadChars() {
    try {
      chars = parser.getTextCharacters();
      charsOffset = parser.getTextOffset();
      return parser.getTextLength();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** A character made available by {@link #stringChars()} or {@link #numberChars()}. */
  char charAt(int i) {
    return chars[charsOffset + i];
  }

  /** The first {@code length} characters made available as an exact decimal (see {@link Decimals}). */
  BigDecimal decimalOf(int length) {
    return Decimals.parse(chars, charsOffset, length);
  }

  /** The first {@code length} characters made available, as a string. */
  String charsString(int length) {
    return new String(chars, charsOffset, length);
  }

  /** Whether the characters made available are exactly {@code s}. */
  boolean charsEqual(int length, String s) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[charsOffset + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
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

  /** Reads the start of an object and returns its mark, for {@link #pointerAt(int)}. */
  int startObject() {
    JsonToken t = next();
    if (t != JsonToken.START_OBJECT) {
      throw fail("must be an object", ParserErrors.describe(t));
    }
    return parser.getParsingContext().getNestingDepth();
  }

  /** Advances to the next field name, returning false at the end of the object. */
  boolean nextField() {
    return next() == JsonToken.FIELD_NAME;
  }

  /** The current field name: the name of the last field {@link #nextField()} advanced to. */
  String fieldName() {
    return name;
  }

  private String parserName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  /** An unknown field: reported at its object, because its name is input the reader cannot vouch for. */
  InvalidInputException unknownField(int objectMark) {
    return new InvalidInputException(pointerAt(objectMark), "must not have fields the format does not define",
        "an unknown field");
  }

  /** Reads the start of an array and returns its mark, for {@link #pointerAt(int)}. */
  int startArray() {
    JsonToken t = next();
    if (t != JsonToken.START_ARRAY) {
      throw fail("must be an array", ParserErrors.describe(t));
    }
    return parser.getParsingContext().getNestingDepth();
  }

  /**
   * Advances to the next array element, returning false at the end of the array. The element's
   * first token is pushed back so that the element reader starts with {@link #next()}.
   *
   * @param arrayMark the array's mark
   * @param count how many elements were read so far
   * @param max the most elements allowed
   * @param noun what the elements are, for the message
   */
  boolean nextElement(int arrayMark, int count, int max, String noun) {
    if (next() == JsonToken.END_ARRAY) {
      return false;
    }
    if (count >= max) {
      throw new InvalidInputException(pointerAt(arrayMark), "must have at most " + max + " " + noun, "more than " + max);
    }
    pushBack();
    return true;
  }

  /** How deep the current token is nested: the number of objects and arrays open. */
  int depth() {
    return depth;
  }

  private RuntimeException translate(IOException e) {
    return ParserErrors.translate(e, this);
  }

  InvalidInputException numberTooLong(String pointer) {
    return ParserErrors.numberTooLong(pointer, limits);
  }

  /** The offset of the byte after the last one the parser has read. */
  long byteOffset() {
    return parser.currentLocation().getByteOffset();
  }

  /** The bytes being read (not a copy: never change them). */
  byte[] source() {
    return source;
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
