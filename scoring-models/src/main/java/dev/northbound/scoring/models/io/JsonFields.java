package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import java.util.Iterator;
import java.util.Set;

/**
 * Typed access to the fields of one JSON object, failing with the field's JSON Pointer: a missing
 * field, an unknown field or a value of another JSON type fails as the strict reader does ({@code
 * "<pointer>: <rule>; found <description>"}).
 */
final class JsonFields {

  private final ObjectNode node;
  private final String pointer;

  private JsonFields(ObjectNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  /** The object at {@code pointer}, with only the {@code allowed} fields. */
  static JsonFields of(JsonNode node, String pointer, Set<String> allowed) {
    if (!(node instanceof ObjectNode object)) {
      throw fail(pointer, "must be an object", node);
    }
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw DefinitionJson.fail(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
            "must be a field the format defines", "an unknown field");
      }
    }
    return new JsonFields(object, pointer);
  }

  /** A type failure in the strict reader's form: {@code "<pointer>: <rule>; found <type of found>"}. */
  static ModelDefinitionException fail(String pointer, String rule, JsonNode found) {
    return DefinitionJson.fail(pointer, rule, DefinitionJson.describe(found));
  }

  String pointer() {
    return pointer;
  }

  String pointer(String name) {
    return pointer + "/" + name;
  }

  boolean has(String name) {
    return node.has(name);
  }

  JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw DefinitionJson.fail(pointer(name), "is required", "nothing");
    }
    return value;
  }

  String text(String name) {
    JsonNode v = required(name);
    if (!v.isTextual()) {
      throw fail(pointer(name), "must be a string", v);
    }
    return v.textValue();
  }

  boolean bool(String name) {
    JsonNode v = required(name);
    if (!v.isBoolean()) {
      throw fail(pointer(name), "must be true or false", v);
    }
    return v.booleanValue();
  }

  long integer(String name) {
    JsonNode v = required(name);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw fail(pointer(name), "must be a whole number", v);
    }
    return v.longValue();
  }

  double number(String name) {
    return number(required(name), pointer(name));
  }

  static double number(JsonNode v, String pointer) {
    if (!v.isNumber()) {
      throw fail(pointer, "must be a number", v);
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw DefinitionJson.fail(pointer, "must be a finite number", Double.isNaN(d) ? "NaN" : "an infinite number");
    }
    return d;
  }

  /** A number, or {@code -inf}/{@code +inf} given as a string. */
  double bound(String name) {
    JsonNode v = required(name);
    if (v.isTextual() && v.textValue().equals(ModelWriter.NEGATIVE_INFINITY)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (v.isTextual() && v.textValue().equals(ModelWriter.POSITIVE_INFINITY)) {
      return Double.POSITIVE_INFINITY;
    }
    if (!v.isNumber()) {
      throw fail(pointer(name), "must be a number, \"-inf\" or \"+inf\"", v);
    }
    return number(v, pointer(name));
  }

  ArrayNode array(String name) {
    JsonNode v = required(name);
    if (!(v instanceof ArrayNode a)) {
      throw fail(pointer(name), "must be an array", v);
    }
    return a;
  }

  JsonFields object(String name, Set<String> allowed) {
    return of(required(name), pointer(name), allowed);
  }

  ObjectNode node() {
    return node;
  }
}
