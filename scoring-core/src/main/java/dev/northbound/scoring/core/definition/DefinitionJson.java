package dev.northbound.scoring.core.definition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.northbound.scoring.core.ModelDefinitionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The one strict reader of every definition file. A definition file means exactly one thing, so
 * each of these is rejected, the same way, with a {@link ModelDefinitionException} whose message is
 * {@code "<JSON Pointer>: <rule>; found <description>"} and never echoes a value:
 *
 * <ul>
 *   <li>a byte-order mark, or text that is not UTF-8 (UTF-16/32);
 *   <li>malformed JSON, {@code NaN}/{@code Infinity} tokens, anything after the top-level value;
 *   <li>a key repeated in one object, at any depth (otherwise the last one silently wins);
 *   <li>a top level that is not an object, and {@code null} anywhere (an optional field is left out);
 *   <li>when binding to a type: an unknown field and a value of another
 *       JSON type (no coercion: {@code "600"} is not a number, {@code 5} is not a string, {@code 5.0}
 *       is not a whole number, {@code ""} is not an object).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DefinitionJson {

  private static final JsonFactory FACTORY = factory(StreamReadConstraints.builder().maxNestingDepth(64).build());

  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfigDefaults(c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setAcceptBlankAsEmpty(false))
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Float, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert))
      .withCoercionConfig(LogicalType.Integer, c -> c
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .build();

  private DefinitionJson() {}

  /**
   * Reads a definition file's top-level object strictly.
   *
   * @param bytes the file's bytes (UTF-8, no byte-order mark)
   * @throws ModelDefinitionException as described in the class comment
   */
  public static ObjectNode readObject(byte[] bytes) {
    checkEncoding(Objects.requireNonNull(bytes, "bytes"));
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw fail("", "must be readable UTF-8 JSON", "unreadable content", e);
    }
    if (root == null || root.isMissingNode()) {
      throw fail("", "must be a JSON object", "nothing");
    }
    if (!(root instanceof ObjectNode object)) {
      throw fail("", "must be a JSON object", describe(root));
    }
    rejectNulls(object, "");
    return object;
  }

  /** A definition never says {@code null}: a field is given with a value or left out. */
  private static void rejectNulls(JsonNode node, String pointer) {
    if (node.isNull()) {
      throw fail(pointer, "must not be null (leave an optional field out instead)", "null");
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        rejectNulls(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectNulls(node.get(i), pointer + "/" + i);
      }
    }
  }

  /**
   * Reads a definition file strictly and binds it to {@code type}.
   *
   * @throws ModelDefinitionException as described in the class comment
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    return bind(readObject(bytes), type);
  }

  /**
   * Binds an object read by {@link #readObject} to {@code type}, strictly: unknown fields, nulls and
   * values of another JSON type are rejected.
   *
   * @throws ModelDefinitionException as described in the class comment
   * @throws IllegalStateException if {@code type} cannot be bound at all (a defect or a deployment
   *     that hides it from Jackson, such as a module that does not open its package): never blamed
   *     on the file
   */
  public static <T> T bind(ObjectNode node, Class<T> type) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(type, "type");
    try {
      return MAPPER.treeToValue(node, type);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("Jackson cannot bind " + type.getName()
          + "; if it runs on the module path, its package must be opened to com.fasterxml.jackson.databind", e);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IllegalArgumentException e) {
      throw fail("", "must have the form the format defines", "another form", e);
    }
  }

  /**
   * A streaming parser over a definition file with the same rules as {@link #readObject}: no
   * byte-order mark, UTF-8 only, repeated keys rejected (as a {@link JsonProcessingException} that
   * {@link #translate} turns into the documented message).
   *
   * @throws ModelDefinitionException if the bytes have a byte-order mark or are not UTF-8
   * @throws IOException if the parser cannot be created
   */
  public static JsonParser parser(byte[] bytes) throws IOException {
    return parser(bytes, FACTORY);
  }

  /**
   * As {@link #parser(byte[])}, from a factory made by {@link #factory} (with tighter limits).
   *
   * @throws ModelDefinitionException if the bytes have a byte-order mark or are not UTF-8
   * @throws IOException if the parser cannot be created
   */
  public static JsonParser parser(byte[] bytes, JsonFactory factory) throws IOException {
    checkEncoding(Objects.requireNonNull(bytes, "bytes"));
    return factory.createParser(bytes);
  }

  /**
   * A JSON factory with the strict reader's parsing rules (repeated keys rejected, no source
   * excerpts in locations) and the given limits; for writing too, so one format uses one factory.
   */
  public static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(Objects.requireNonNull(constraints, "constraints"))
        .build();
  }

  /**
   * The documented failure for an exception of the strict reader or parser: the pointer where it
   * happened, the rule and a description of what was found (never the value).
   */
  public static ModelDefinitionException translate(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return fail(pointer(u), "must be a field the format defines", "an unknown field", e);
    }
    if (e instanceof InvalidNullException n) {
      return fail(pointer(n), "must not be null", "null", e);
    }
    if (e instanceof MismatchedInputException m) {
      if (m.getOriginalMessage() != null && m.getOriginalMessage().contains("end-of-input")) {
        return fail("", "must be well-formed JSON", "JSON that ends too early", e);
      }
      if (m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token")) {
        return fail("", "must contain one JSON object and nothing after it", "more content", e);
      }
      return fail(pointer(m), "must be " + expected(m.getTargetType()), found(m), e);
    }
    if (e instanceof JsonMappingException m && m.getCause() instanceof JsonProcessingException p) {
      return translate(p);
    }
    if (e instanceof StreamReadException s) {
      String message = s.getOriginalMessage() == null ? "" : s.getOriginalMessage();
      if (message.startsWith("Duplicate field") && s.getProcessor() != null) {
        return fail(s.getProcessor().getParsingContext().pathAsPointer().toString(), "must not repeat a key in one object",
            "a repeated key", e);
      }
      if (message.contains("end-of-input")) {
        return fail("", "must be well-formed JSON", "JSON that ends too early", e);
      }
      if (s.getLocation() != null) {
        return fail("", "must be well-formed JSON", "malformed JSON at line " + s.getLocation().getLineNr()
            + ", column " + s.getLocation().getColumnNr(), e);
      }
    }
    return fail("", "must be well-formed JSON", "malformed JSON", e);
  }

  /**
   * {@code value}, if a bound field was present; else the failure "is required; found nothing" at
   * {@code pointer}.
   *
   * @throws ModelDefinitionException if {@code value} is null
   */
  public static <T> T required(T value, String pointer) {
    if (value == null) {
      throw fail(pointer, "is required", "nothing");
    }
    return value;
  }

  /** A definition failure: {@code "<pointer>: <rule>; found <found>"} ({@code "/"} for the root). */
  public static ModelDefinitionException fail(String pointer, String rule, String found) {
    return new ModelDefinitionException(pointer, rule, found);
  }

  private static ModelDefinitionException fail(String pointer, String rule, String found, Throwable cause) {
    return new ModelDefinitionException(pointer, rule, found, cause);
  }

  /** A description of a JSON value's type, never the value: "a string", "a number", "an object". */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isIntegralNumber()) {
      return "a whole number";
    }
    if (node.isNumber()) {
      return "a number with a fraction";
    }
    if (node.isBoolean()) {
      return "true or false";
    }
    return "null";
  }

  private static void checkEncoding(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      throw fail("", "must be UTF-8 without a byte-order mark", "a UTF-8 byte-order mark");
    }
    if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      throw fail("", "must be UTF-8 without a byte-order mark", "a UTF-16 or UTF-32 byte-order mark");
    }
    if ((b.length >= 1 && b[0] == 0) || (b.length >= 2 && b[1] == 0)) {
      throw fail("", "must be UTF-8", "UTF-16 or UTF-32 text");
    }
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of the type the format defines";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String found(MismatchedInputException e) {
    if (e.getProcessor() instanceof JsonParser p) {
      JsonToken t = p.currentToken();
      if (t != null) {
        return switch (t) {
          case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
          case START_ARRAY, END_ARRAY -> "an array";
          case VALUE_STRING -> "a string";
          case VALUE_NUMBER_INT -> "a whole number";
          case VALUE_NUMBER_FLOAT -> "a number with a fraction";
          case VALUE_TRUE, VALUE_FALSE -> "true or false";
          case VALUE_NULL -> "null";
          default -> "a value of another type";
        };
      }
    }
    return "a value of another type";
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      sb.append('/');
      if (r.getFieldName() != null) {
        sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append(r.getIndex());
      }
    }
    return sb.toString();
  }
}
