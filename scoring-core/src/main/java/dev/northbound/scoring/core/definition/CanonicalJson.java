package dev.northbound.scoring.core.definition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical form of a JSON tree, which seals and signatures cover: object keys in sorted
 * order, no whitespace, integers as written and floating-point numbers in the shortest form that
 * reads back to the same double (the same on every JDK). Two files that differ only in whitespace
 * or key order have the same canonical form. Also the pretty form in which model files and
 * policies are written. Stateless and thread-safe.
 */
public final class CanonicalJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private CanonicalJson() {}

  /** The canonical UTF-8 bytes of {@code node}. */
  public static byte[] bytes(JsonNode node) {
    return write(Objects.requireNonNull(node, "node"), false, true);
  }

  /**
   * The pretty, deterministic UTF-8 bytes of {@code node}, as definition files are written: keys in
   * the tree's order, numbers as in the canonical form, two-space indent, {@code \n} line ends and a
   * final newline.
   */
  public static byte[] pretty(JsonNode node) {
    return write(Objects.requireNonNull(node, "node"), true, false);
  }

  private static byte[] write(JsonNode node, boolean pretty, boolean sorted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
      }
      write(g, node, sorted);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, JsonNode node, boolean sorted) throws IOException {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      if (sorted) {
        fields.sort(Map.Entry.comparingByKey());
      }
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> f : fields) {
        g.writeFieldName(f.getKey());
        write(g, f.getValue(), sorted);
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        write(g, it.next(), sorted);
      }
      g.writeEndArray();
    } else if (node.isIntegralNumber()) {
      g.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.doubleValue());
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else {
      g.writeNull();
    }
  }
}
