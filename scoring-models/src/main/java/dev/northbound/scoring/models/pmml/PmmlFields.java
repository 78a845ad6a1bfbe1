package dev.northbound.scoring.models.pmml;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * How the export names and types each feature in PMML. A model over the standard features: the
 * feature itself, a continuous double. A model trained on a table ({@link ModelInputs}): the raw
 * column, a continuous double for a numeric column, a categorical string for a categorical one whose
 * valid values are its labels, so that an unseen label is invalid and, treated as missing, scores
 * the missing bin as it does in our engine.
 */
final class PmmlFields {

  private final Map<String, Integer> byFeature;
  private final List<InputColumn> columns;

  private PmmlFields(List<InputColumn> columns) {
    this.columns = columns;
    this.byFeature = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byFeature.put(columns.get(i).feature(), i);
    }
  }

  /** The features as they are: every field continuous. */
  static PmmlFields features() {
    return new PmmlFields(List.of());
  }

  /** The raw columns of a table model. */
  static PmmlFields of(ModelInputs inputs) {
    return new PmmlFields(inputs.columns());
  }

  /** The PMML field of {@code feature}. */
  String name(String feature) {
    Integer i = byFeature.get(feature);
    return i == null ? feature : columns.get(i).name();
  }

  /** The labels of a categorical column ({@code labels.get(code)}), or empty for a continuous field. */
  Optional<List<String>> labels(String feature) {
    Integer i = byFeature.get(feature);
    return i == null ? Optional.empty() : columns.get(i).labels();
  }

  /**
   * The {@code DataField} of {@code feature}.
   *
   * @throws ModelDefinitionException if the column name or a label holds a control character (a tab
   *     or line break), which an XML attribute cannot carry as written
   */
  void dataField(Xml x, String feature) throws XMLStreamException {
    Optional<List<String>> labels = labels(feature);
    String name = name(feature);
    Integer column = byFeature.get(feature);
    if (column != null) {
      printable(name, "/inputs/columns/" + column + "/name");
    }
    if (labels.isEmpty()) {
      x.empty("DataField").attr("name", name).attr("optype", "continuous").attr("dataType", "double");
      return;
    }
    x.start("DataField").attr("name", name).attr("optype", "categorical").attr("dataType", "string");
    for (int k = 0; k < labels.get().size(); k++) {
      String label = labels.get().get(k);
      printable(label, "/inputs/columns/" + column + "/labels/" + k);
      x.empty("Value").attr("value", label);
    }
    x.end();
  }

  /**
   * The {@code MiningField} of {@code feature}: missing values as they are (the missing bins say
   * how they score); a categorical column's invalid values (unseen labels) as missing.
   */
  void miningField(Xml x, String feature) throws XMLStreamException {
    x.empty("MiningField").attr("name", name(feature)).attr("usageType", "active")
        .attr("missingValueTreatment", "asIs")
        .attr("invalidValueTreatment", labels(feature).isPresent() ? "asMissing" : "asIs");
  }

  private static void printable(String text, String pointer) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < 0x20) {
        throw new ModelDefinitionException(pointer,
            "must hold no control character (tab, line break) to be exported as PMML",
            "character U+" + String.format("%04X", (int) text.charAt(i)) + " at " + i);
      }
    }
  }
}
