package dev.northbound.scoring.models.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.definition.DefinitionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The model file's optional {@code inputs} section: writing and strict reading. */
final class InputsJson {

  static final String MEMBER = "inputs";
  private static final Set<String> COLUMN = Set.of("name", "feature", "type", "labels");

  private InputsJson() {}

  static ObjectNode write(ModelInputs inputs) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode columns = node.putArray("columns");
    for (InputColumn c : inputs.columns()) {
      ObjectNode column = columns.addObject();
      column.put("name", c.name());
      column.put("feature", c.feature());
      column.put("type", c.categorical() ? "categorical" : "numeric");
      c.labels().ifPresent(labels -> labels.forEach(column.putArray("labels")::add));
    }
    return node;
  }

  /** Reads the section at {@code /inputs} of {@code root}, checking it against the schema. */
  static ModelInputs read(JsonFields root, String schemaFingerprint) {
    JsonFields section = root.object(MEMBER, Set.of("columns"));
    ArrayNode array = section.array("columns");
    List<InputColumn> columns = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonFields f = JsonFields.of(array.get(i), section.pointer("columns") + "/" + i, COLUMN);
      String type = f.text("type");
      if (!type.equals("numeric") && !type.equals("categorical")) {
        throw DefinitionJson.fail(f.pointer("type"), "must be numeric or categorical", "another type");
      }
      if (type.equals("numeric") && f.has("labels")) {
        throw DefinitionJson.fail(f.pointer("labels"), "must be absent from a numeric column", "labels");
      }
      columns.add(type.equals("numeric") ? InputColumn.numeric(f.text("name"), f.text("feature"))
          : InputColumn.categorical(f.text("name"), f.text("feature"), labels(f)));
    }
    ModelInputs inputs;
    String defined;
    try {
      inputs = ModelInputs.of(columns);
      defined = inputs.schema().fingerprint();
    } catch (IllegalArgumentException e) {
      throw DefinitionJson.fail(section.pointer("columns"), "must define a valid table (" + e.getMessage() + ")",
          "columns that do not");
    }
    if (!defined.equals(schemaFingerprint)) {
      throw DefinitionJson.fail(section.pointer("columns"), "must define the model's schema "
          + schemaFingerprint.substring(0, Math.min(12, schemaFingerprint.length())),
          "columns that define schema " + defined.substring(0, 12));
    }
    return inputs;
  }

  private static List<String> labels(JsonFields f) {
    List<String> labels = new ArrayList<>();
    ArrayNode array = f.array("labels");
    for (int i = 0; i < array.size(); i++) {
      JsonNode label = array.get(i);
      if (!label.isTextual()) {
        throw JsonFields.fail(f.pointer("labels") + "/" + i, "must be a string", label);
      }
      labels.add(label.textValue());
    }
    try {
      return InputColumn.categorical("x", "x", labels).labels().orElseThrow();
    } catch (IllegalArgumentException e) {
      throw DefinitionJson.fail(f.pointer("labels"), "must be distinct and not empty strings",
          "an empty or repeated label");
    }
  }
}
