package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.northbound.scoring.core.definition.CanonicalJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Serializes JSON trees deterministically. The canonical form, which the seal digests, has object
 * keys in sorted order, no whitespace, integers as written and floating-point numbers in the
 * shortest form that reads back to the same double (Schubfach, the same on every JDK). The pretty
 * form keeps the tree's key order, indents by two spaces and ends lines with {@code \n}.
 */
final class Canonical {

  static final String ALGORITHM = "SHA-256";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private Canonical() {}

  /** The canonical bytes of {@code node}: {@link CanonicalJson#bytes}, the one canonical form. */
  static byte[] canonicalBytes(JsonNode node) {
    return CanonicalJson.bytes(node);
  }

  /** The pretty, deterministic bytes of {@code node}, keys in tree order, with a final newline. */
  static byte[] prettyBytes(JsonNode node) {
    return write(node, true, false);
  }

  /** The lower-case hex SHA-256 of the canonical bytes of {@code node}. */
  static String digest(JsonNode node) {
    return sha256Hex(canonicalBytes(node));
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static byte[] write(JsonNode node, boolean pretty, boolean sorted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter));
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
