package dev.northbound.scoring.models.grade;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Strict reading of JSON definition files (grade matrices, decision policies) through the one
 * definition-file reader, {@link DefinitionJson}: a byte-order mark, repeated keys at any depth,
 * nulls, unknown fields, trailing content and values of another JSON type (no coercion) are all
 * rejected. Every failure is a {@link ModelDefinitionException} whose message has the form of an
 * {@link dev.northbound.scoring.core.InvalidInputException}: {@code "<JSON Pointer>: <rule>; found
 * <description>"}, never echoing a value.
 *
 * <p>Thread-safe.
 */
public final class JsonDefinitions {

  private JsonDefinitions() {}

  /**
   * Binds {@code json} to {@code type} strictly.
   *
   * @throws ModelDefinitionException if the text is not well-formed JSON or does not fit the type
   */
  public static <T> T read(String json, Class<T> type) {
    return read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Binds a file's bytes to {@code type} strictly.
   *
   * @throws ModelDefinitionException if the bytes are not well-formed UTF-8 JSON or do not fit the type
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return DefinitionJson.read(json, type);
  }

  /** A definition failure in pointer form: {@code "<pointer>: <rule>; found <found>"}. */
  public static ModelDefinitionException fail(String pointer, String rule, String found) {
    return DefinitionJson.fail(pointer, rule, found);
  }

  /**
   * Returns {@code value}, or fails with {@code "<pointer>: is required; found nothing"} if it is null.
   *
   * @throws ModelDefinitionException if {@code value} is null
   */
  public static <T> T required(T value, String pointer) {
    if (value == null) {
      throw fail(pointer, "is required", "nothing");
    }
    return value;
  }
}
