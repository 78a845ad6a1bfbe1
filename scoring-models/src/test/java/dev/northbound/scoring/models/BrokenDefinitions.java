package dev.northbound.scoring.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A corpus of broken definitions made from a good one, and the one message form every {@link
 * ModelDefinitionException} must have. Every node of the good JSON tree is, in turn, removed (object
 * members and array elements), replaced by each of {@link #REPLACEMENTS}, and every object gains an
 * unknown field; each change gives one broken definition. Some changes still give a valid
 * definition (a different number where any number will do): those are counted, not failed.
 */
public final class BrokenDefinitions {

  /** The message form: {@code "<pointer>: <rule>; found <description>"}, {@code "/"} for the root. */
  public static final Pattern MESSAGE = Pattern.compile("^(/[^:]*)?: .+; found .+$");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The values put in place of each node. */
  public static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.textNode(""),
      NODES.textNode("x"), NODES.booleanNode(true), NODES.numberNode(-1), NODES.numberNode(0),
      NODES.numberNode(0.5), NODES.numberNode(1e300), NODES.numberNode(-1e300),
      NODES.numberNode(Long.MAX_VALUE), NODES.arrayNode(), NODES.objectNode());

  private final Map<String, Integer> byPointer = new TreeMap<>();
  private int tried;
  private int rejected;
  private int accepted;

  /** Every broken variant of {@code good}: the change described, and the changed copy. */
  public static Map<String, JsonNode> variants(JsonNode good) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect(good, "", good, out);
    return out;
  }

  private static void collect(JsonNode root, String pointer, JsonNode node, Map<String, JsonNode> out) {
    if (!pointer.isEmpty()) {
      out.put("remove " + pointer, edit(root, pointer, null));
      for (JsonNode r : REPLACEMENTS) {
        out.put("replace " + pointer + " by " + r, edit(root, pointer, r));
      }
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = root.deepCopy();
      ((ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer))).put("unknownField", 1);
      out.put("unknown field in " + (pointer.isEmpty() ? "/" : pointer), copy);
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        collect(root, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), object.get(name), out);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collect(root, pointer + "/" + i, array.get(i), out);
      }
    }
  }

  /** A copy of {@code root} with the node at {@code pointer} removed ({@code value} null) or replaced. */
  private static JsonNode edit(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode o) {
      if (value == null) {
        o.remove(last);
      } else {
        o.set(last, value);
      }
    } else {
      ArrayNode a = (ArrayNode) parent;
      if (value == null) {
        a.remove(Integer.parseInt(last));
      } else {
        a.set(Integer.parseInt(last), value);
      }
    }
    return copy;
  }

  /**
   * Loads every variant of {@code good} with {@code load} (given the variant's bytes as {@code
   * toBytes} writes them): each either loads or fails with a {@link ModelDefinitionException} in
   * the one form; any other exception fails the test.
   */
  public BrokenDefinitions loadAll(JsonNode good, Function<JsonNode, byte[]> toBytes, Function<byte[], ?> load) {
    variants(good).forEach((change, variant) -> load(change, toBytes.apply(variant), load));
    return this;
  }

  /** Loads {@code bytes}, checking the form of a failure as {@link #loadAll} does. */
  public void load(String change, byte[] bytes, Function<byte[], ?> load) {
    tried++;
    try {
      load.apply(bytes);
      accepted++;
    } catch (ModelDefinitionException e) {
      assertForm(change, e);
      rejected++;
      byPointer.merge(e.pointer().isEmpty() ? "/" : e.pointer().replaceAll("/[0-9]+", "/n"), 1, Integer::sum);
    }
  }

  /** Checks one failure: a pointer that is {@code ""} or starts with {@code /}, and the message form. */
  public static void assertForm(String change, ModelDefinitionException e) {
    assertThat(e.pointer()).as(change).matches(p -> p.isEmpty() || p.startsWith("/"), "a JSON Pointer");
    assertThat(e.getMessage()).as(change).matches(MESSAGE);
    assertThat(e.getMessage()).as(change)
        .isEqualTo((e.pointer().isEmpty() ? "/" : e.pointer()) + ": " + e.rule() + "; found " + e.found());
  }

  /** Changes loaded. */
  public int tried() {
    return tried;
  }

  /** Changes rejected, every one in the message form. */
  public int rejected() {
    return rejected;
  }

  /** Changes that still gave a valid definition. */
  public int accepted() {
    return accepted;
  }

  /** Rejections by pointer, array indexes written {@code n}. */
  public Map<String, Integer> byPointer() {
    return byPointer;
  }
}
