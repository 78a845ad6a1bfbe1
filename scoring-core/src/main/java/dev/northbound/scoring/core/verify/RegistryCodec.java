package dev.northbound.scoring.core.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the hash-registry file, format {@code northbound.hash-registry} version 1,
 * strictly, through the one definition-file parser ({@link DefinitionJson#parser}): a byte-order
 * mark, unknown or repeated fields, wrong types and missing fields are rejected with a
 * {@link ModelDefinitionException} carrying a JSON Pointer. Stateless and thread-safe.
 */
final class RegistryCodec {

  static final String FORMAT = "northbound.hash-registry";
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = DefinitionJson.factory(
      StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1024).build());

  private RegistryCodec() {}

  static List<RegisteredDigest> read(byte[] bytes) {
    try (JsonParser p = DefinitionJson.parser(bytes, FACTORY)) {
      expect(p, JsonToken.START_OBJECT, "must be an object");
      String format = null;
      Integer version = null;
      List<RegisteredDigest> entries = null;
      while (next(p) == JsonToken.FIELD_NAME) {
        switch (p.currentName()) {
          case "format" -> format = string(p);
          case "version" -> version = expect(p, JsonToken.VALUE_NUMBER_INT, "must be a whole number").getIntValue();
          case "entries" -> entries = entries(p);
          default -> throw unknown(p);
        }
      }
      if (next(p) != null) {
        throw DefinitionJson.fail("", "must contain one JSON object and nothing after it", "more content");
      }
      if (!FORMAT.equals(required(format, "/format"))) {
        throw DefinitionJson.fail("/format", "must be \"" + FORMAT + "\"", "another string");
      }
      if (required(version, "/version") != VERSION) {
        throw DefinitionJson.fail("/version", "must be " + VERSION, "an unsupported version");
      }
      return required(entries, "/entries");
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the input, so it is not kept: the translation describes it.
      throw DefinitionJson.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the registry", e);
    }
  }

  private static List<RegisteredDigest> entries(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "must be an array");
    List<RegisteredDigest> entries = new ArrayList<>();
    while (next(p) != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(p, "must be an object", "another value");
      }
      String base = pointer(p);
      String[] v = new String[5];
      List<String> names = List.of("documentId", "issuer", "algorithm", "digestHex", "registeredAt");
      while (next(p) == JsonToken.FIELD_NAME) {
        int i = names.indexOf(p.currentName());
        if (i < 0) {
          throw unknown(p);
        }
        v[i] = string(p);
      }
      for (int i = 0; i < v.length; i++) {
        required(v[i], base + "/" + names.get(i));
      }
      if (!DocumentIds.isValid(v[0])) {
        throw DefinitionJson.fail(base + "/documentId", "must match " + DocumentIds.PATTERN,
            "a string that does not");
      }
      Instant at;
      try {
        at = Instant.parse(v[4]);
      } catch (DateTimeParseException e) {
        throw DefinitionJson.fail(base + "/registeredAt", "must be an ISO-8601 instant such as"
            + " 2026-10-01T09:30:00Z", "a string of another form");
      }
      try {
        entries.add(new RegisteredDigest(v[0], v[1], v[2], v[3], at));
      } catch (IllegalArgumentException e) {
        throw DefinitionJson.fail(base, "must have an issuer and an algorithm that are not blank, have at most "
            + RegisteredDigest.MAX_NAME_LENGTH + " characters and hold no control or format characters",
            "a name that breaks that rule");
      }
    }
    return entries;
  }

  static byte[] write(List<RegisteredDigest> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
        .withObjectEmptySeparator(""))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("entries");
      for (RegisteredDigest e : entries) {
        g.writeStartObject();
        g.writeStringField("documentId", e.documentId());
        g.writeStringField("issuer", e.issuer());
        g.writeStringField("algorithm", e.algorithm());
        g.writeStringField("digestHex", e.digestHex());
        g.writeStringField("registeredAt", e.registeredAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the registry", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static JsonToken next(JsonParser p) throws IOException {
    return p.nextToken();
  }

  private static JsonParser expect(JsonParser p, JsonToken token, String rule) throws IOException {
    if (next(p) != token) {
      throw fail(p, rule, p.currentToken() == null ? "end of input" : "another value");
    }
    return p;
  }

  private static String string(JsonParser p) throws IOException {
    return expect(p, JsonToken.VALUE_STRING, "must be a string").getText();
  }

  private static <T> T required(T value, String pointer) {
    if (value == null) {
      throw DefinitionJson.fail(pointer, "must be present", "nothing");
    }
    return value;
  }

  private static ModelDefinitionException unknown(JsonParser p) {
    String pointer = p.getParsingContext().getParent().pathAsPointer().toString();
    return DefinitionJson.fail(pointer, "must not have fields the format does not define", "an unknown field");
  }

  private static ModelDefinitionException fail(JsonParser p, String rule, String found) {
    return DefinitionJson.fail(pointer(p), rule, found);
  }

  private static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }
}
