package dev.northbound.scoring.models.grade;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.Objects;

/**
 * Strict reading of JSON definition files (grade matrices, decision policies): unknown fields,
 * trailing content, nulls for primitives and floats for integers are all rejected. Every failure is
 * a {@link ModelDefinitionException} whose message has the form of an
 * {@link dev.northbound.scoring.core.InvalidInputException}: {@code "<JSON Pointer>: <rule>; found
 * <description>"}, never echoing a value.
 *
 * <p>Thread-safe.
 */
public final class JsonDefinitions {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private JsonDefinitions() {}

  /**
   * Binds {@code json} to {@code type} strictly.
   *
   * @throws ModelDefinitionException if the text is not well-formed JSON or does not fit the type
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw fail("", "must be a JSON object", "null");
      }
      return value;
    } catch (JsonParseException e) {
      throw malformed(e);
    } catch (UnrecognizedPropertyException e) {
      throw new ModelDefinitionException(pointer(e) + ": must be a field the format defines; found an unknown field", e);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonParseException p) {
        throw malformed(p);
      }
      if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
        throw new ModelDefinitionException("/: must be well-formed JSON; found JSON that ends too early", e);
      }
      throw new ModelDefinitionException(pointer(e) + ": must have the type the format defines; found a value of"
          + " another type", e);
    } catch (JsonProcessingException e) {
      throw new ModelDefinitionException("/: must be readable JSON; found unreadable content", e);
    }
  }

  private static ModelDefinitionException malformed(JsonParseException e) {
    return new ModelDefinitionException("/: must be well-formed JSON; found malformed JSON at line "
        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
  }

  /** A definition failure in pointer form: {@code "<pointer>: <rule>; found <found>"}. */
  public static ModelDefinitionException fail(String pointer, String rule, String found) {
    return new ModelDefinitionException((pointer.isEmpty() ? "/" : pointer) + ": " + rule + "; found " + found);
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
    return sb.length() == 0 ? "/" : sb.toString();
  }
}
